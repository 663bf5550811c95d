package id.jenjang.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.jenjang.employee.Groups;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasklist's filters, in Bahasa Indonesia, created at start-up when missing (an administrator may edit them
 * afterwards; they are not overwritten). Their expressions are stored queries, evaluated for whoever looks.
 * Granted to {@code pegawai} and also to {@code ppk}: the mayor decides promotions but is no civil servant, so
 * is not in {@code pegawai}, and without a filter Tasklist shows him no task at all.
 */
@Component
@Order(5)
public class TasklistFilters implements ApplicationRunner {

    static final String MY_TASKS = "Tugas saya";
    static final String MY_GROUP_TASKS = "Tugas kelompok saya";
    static final String ALL_TASKS = "Semua tugas (BKPSDM)";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TasklistFilters(FilterService filterService, TaskService taskService,
            AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensure(MY_TASKS, -10, "Tugas yang ditugaskan kepada Anda", List.of(Groups.PEGAWAI, Groups.PPK),
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(MY_GROUP_TASKS, -5, "Tugas untuk kelompok Anda (BKPSDM, TPK, Sekda, PPK) yang belum diklaim",
                List.of(Groups.PEGAWAI, Groups.PPK),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned().orderByDueDate().asc());
        ensure(ALL_TASKS, 0, "Semua tugas yang sedang berjalan", List.of(Groups.BKPSDM),
                taskService.createTaskQuery().orderByTaskCreateTime().desc());
    }

    private void ensure(String name, int priority, String description, List<String> groups, TaskQuery query) {
        // a list, not a single result: before start-ups took turns (StartupLock, ADR 0010) two nodes could each
        // create a filter, and nothing in the engine refuses a second name; a start must not fail on that
        List<Filter> stored = filterService.createFilterQuery().filterName(name).orderByFilterId().asc().list();
        Filter filter = stored.isEmpty() ? null : stored.get(0);
        if (stored.size() > 1) {
            log.warn("{} Tasklist filters are named '{}'; {} is kept up to date, delete the others ({}) in Tasklist",
                    stored.size(), name, filter.getId(),
                    stored.stream().skip(1).map(Filter::getId).collect(Collectors.joining(", ")));
        }
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                            "variables", List.of()));
            filterService.saveFilter(filter);
        }
        for (String group : groups) {
            grantRead(filter, group);
        }
    }

    /** Per group, so a database from before a group was added gets the grant at the next start. */
    private void grantRead(Filter filter, String group) {
        boolean granted = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).groupIdIn(group).count() > 0;
        if (!granted) {
            var authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(Resources.FILTER);
            authorization.setResourceId(filter.getId());
            authorization.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(authorization);
        }
    }
}
