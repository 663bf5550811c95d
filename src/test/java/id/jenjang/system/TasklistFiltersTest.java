package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.employee.Groups;
import id.jenjang.support.Api;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist shows a person only the filters they may read, and without a filter no task at all: every role that
 * has tasks must read "Tugas saya" and "Tugas kelompok saya". Read over /engine-rest, as Tasklist itself does.
 */
@JenjangSpringTest
class TasklistFiltersTest {

    @Autowired
    TestRestTemplate rest;
    /**
     * A PPK login that, like the demo's mayor, is in {@code ppk} only; its own, because ReadmeLoginsTest locks
     * the mayor for seconds with a wrong password.
     */
    static final String PPK_ONLY = "ppkujifilter";

    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @Autowired
    FilterService filterService;
    @Autowired
    TasklistFilters tasklistFilters;

    @Test
    void aPpkLoginThatIsNoEmployeeFindsAPpkTaskInItsGroupFilter() throws Exception {
        // the mayor is in ppk only, not in pegawai (DemoDataSeeder); regression: he saw "Tidak ada filter yang
        // tersedia" and no task
        if (identityService.createUserQuery().userId(PPK_ONLY).count() == 0) {
            User user = identityService.newUser(PPK_ONLY);
            user.setFirstName("Pejabat");
            user.setLastName("Uji");
            user.setPassword(Api.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(PPK_ONLY, Groups.PPK);
        }
        Api api = new Api(rest);
        JsonNode filters = read(api.get("/engine-rest/filter?resourceType=Task", PPK_ONLY));
        assertThat(names(filters)).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS)
                .doesNotContain(TasklistFilters.ALL_TASKS);

        Task task = taskService.newTask();
        task.setName("Uji filter PPK");
        taskService.saveTask(task);
        try {
            taskService.addCandidateGroup(task.getId(), Groups.PPK);
            String groupFilter = idOf(filters, TasklistFilters.MY_GROUP_TASKS);
            JsonNode tasks = read(api.get("/engine-rest/filter/" + groupFilter + "/list", PPK_ONLY));
            assertThat(names(tasks)).contains("Uji filter PPK");
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    @Test
    void anEmployeeReadsTheTwoPersonalFiltersButNotBkpsdmsAll() throws Exception {
        String employee = DemoOrganisation.generate(LocalDate.now(clock)).logins().employee();
        JsonNode filters = read(new Api(rest).get("/engine-rest/filter?resourceType=Task", employee));
        assertThat(names(filters)).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUP_TASKS)
                .doesNotContain(TasklistFilters.ALL_TASKS);
    }

    @Test
    void aSecondFilterOfTheSameNameLeftByTwoNodesStartingAtOnceDoesNotStopTheNextStart() {
        // what two nodes created before start-ups took turns (ADR 0010): the engine refuses no second name
        Filter copy = filterService.saveFilter(filterService.newTaskFilter(TasklistFilters.MY_TASKS)
                .setQuery(taskService.createTaskQuery()));
        try {
            tasklistFilters.run(null);
            assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).count())
                    .as("the start adds no third").isEqualTo(2);
        } finally {
            filterService.deleteFilter(copy.getId());
        }
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).count()).isOne();
    }

    private JsonNode read(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static String idOf(JsonNode filters, String name) {
        for (JsonNode filter : filters) {
            if (name.equals(filter.path("name").asText())) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError("no filter " + name);
    }
}
