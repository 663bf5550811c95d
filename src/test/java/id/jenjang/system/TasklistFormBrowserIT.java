package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.jenjang.employee.Groups;
import id.jenjang.support.Api;
import id.jenjang.support.Browser;
import id.jenjang.support.CamundaPages;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.support.TestNips;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Camunda Form filled in Tasklist by a person, with every kind of field the appraisal forms use, and what
 * the process receives. A test-only process and form (src/test/resources/browser/), so that the Browser's
 * form helpers are proven before the real forms exist.
 */
@JenjangSpringTest
class TasklistFormBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String PROCESS = "browser-form-probe";
    private static final String EMPLOYEE = TestNips.nip(802);

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    String baseUrl;

    @BeforeEach
    void setUp() {
        baseUrl = "http://localhost:" + port;
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repositoryService.createDeployment().name(PROCESS)
                    .addClasspathResource("browser/browser-form-probe.bpmn")
                    .addClasspathResource("browser/browser-form-probe.form")
                    .deploy();
        }
        if (identityService.createUserQuery().userId(EMPLOYEE).count() == 0) {
            User user = identityService.newUser(EMPLOYEE);
            user.setFirstName("Pegawai");
            user.setLastName("Uji Formulir");
            user.setPassword(Api.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(EMPLOYEE, Groups.PEGAWAI);
        }
    }

    @Test
    void employeeFillsEveryKindOfFieldAndTheProcessGetsTypedVariables() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS,
                Map.of("assignee", EMPLOYEE, "namaPegawai", "Pegawai Uji Formulir", "nilai", 85));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        browser.loginToTasklist(baseUrl, EMPLOYEE, Api.DEMO_PASSWORD);
        browser.openTask(baseUrl, taskId);
        assertThat(browser.waitFor(CamundaPages.TASK_NAME).getText()).isEqualTo("Isi formulir uji");
        // variables of the process fill the fields with the same key
        assertThat(browser.formFieldValue("Field_NamaPegawai")).isEqualTo("Pegawai Uji Formulir");
        assertThat(browser.waitFor(CamundaPages.formField("Field_NamaPegawai")).getDomAttribute("readonly"))
                .isNotNull();
        assertThat(browser.formFieldValue("Field_Nilai")).isEqualTo("85");

        browser.fillFormField("Field_Catatan", "Target tercapai");
        browser.fillFormField("Field_Nilai", "92");
        browser.fillFormField("Field_Uraian", "Laporan selesai tepat waktu");
        browser.selectFormOption("Field_Predikat", "Baik");
        browser.chooseFormRadio("Field_Hasil", "Sesuai ekspektasi");
        browser.setFormCheckbox("Field_Setuju", true);
        // the date picker's calendar speaks Indonesian too (Tasklist's form-texts.js)
        browser.click(CamundaPages.formField("Field_Tanggal-date"));
        assertThat(browser.waitForText(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekdaycontainer"),
                "Sen").getText()).contains("Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab").doesNotContain("Mon");
        browser.screenshot();
        browser.fillFormDate("Field_Tanggal", LocalDate.of(2026, 11, 20));
        assertThat(browser.driver().findElement(CamundaPages.formFieldByLabel("Catatan")).getDomProperty("value"))
                .isEqualTo("Target tercapai");
        browser.screenshot();
        browser.completeTask();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            variables.put(v.getName(), v.getValue());
        }
        assertThat(variables).contains(
                entry("catatan", "Target tercapai"),
                entry("nilai", 92), // a number field arrives as Integer
                entry("uraian", "Laporan selesai tepat waktu"),
                entry("predikat", "BAIK"),
                entry("hasil", "SESUAI"),
                entry("setuju", true),
                entry("tanggal", "2026-11-20"), // a date field arrives as an ISO String, not a Date
                entry("namaPegawai", "Pegawai Uji Formulir"));
    }

    @Test
    void requiredFieldLeftEmptyKeepsTheTaskOpen() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("assignee", EMPLOYEE));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        browser.loginToTasklist(baseUrl, EMPLOYEE, Api.DEMO_PASSWORD);
        browser.openTask(baseUrl, taskId);
        browser.click(CamundaPages.TASK_COMPLETE);

        assertThat(browser.waitFor(CamundaPages.formFieldError("Field_Catatan")).getText())
                .isEqualTo("Wajib diisi.");
        assertThat(browser.isVisible(CamundaPages.TASK_CAMUNDA_FORM)).isTrue();
        browser.screenshot();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }
}
