package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.employee.Groups;
import id.jenjang.support.Api;
import id.jenjang.support.Browser;
import id.jenjang.support.CamundaPages;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.support.TestNips;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logging into the webapps in a real Chromium, as the demo employee of the README: Tasklist opens, Cockpit
 * refuses, a wrong password is refused. Screenshots of each end state go to target/screenshots/. The webapps
 * speak Bahasa Indonesia whatever the browser's language (ADR 0004): the refusals read our locales/id.json.
 */
@JenjangSpringTest
class TasklistLoginBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** A failed login locks the user for seconds: the wrong password goes to a user only this test uses. */
    private static final String WRONG_PASSWORD_USER = TestNips.nip(801);

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Clock clock;

    String baseUrl;
    String employee;

    @BeforeEach
    void setUp() {
        baseUrl = "http://localhost:" + port;
        employee = DemoOrganisation.generate(LocalDate.now(clock)).logins().employee();
    }

    /** PAGE_LOGIN_FAILED and PAGE_LOGIN_ERROR_MSG of locales/id.json. */
    static final String LOGIN_FAILED = "Gagal Masuk";
    static final String LOGIN_REFUSED = "Nama pengguna atau kata sandi salah, akun terkunci, atau Anda tidak "
            + "memiliki hak akses ke aplikasi ini";

    @Test
    void employeeLogsIntoTasklistAndSeesTheTaskList() {
        browser.loginToTasklist(baseUrl, employee, Api.DEMO_PASSWORD);

        User user = identityService.createUserQuery().userId(employee).singleResult();
        assertThat(browser.waitFor(CamundaPages.ACCOUNT_MENU).getText())
                .isEqualTo(user.getFirstName() + " " + user.getLastName());
        assertThat(browser.isVisible(CamundaPages.TASKLIST_FILTERS)).isTrue();
        assertThat(browser.isVisible(CamundaPages.TASKLIST_TASKS)).isTrue();
        assertThat(browser.isVisible(CamundaPages.TASKLIST_TASK_DETAILS)).isTrue();
        assertThat(browser.isVisible(CamundaPages.LOGIN_FORM)).isFalse();
        assertThat(browser.currentUrl()).contains("/camunda/app/tasklist/").doesNotContain("#/login");
        browser.screenshot();
    }

    @Test
    void employeeCannotOpenCockpit() {
        browser.submitLogin(Browser.appUrl(baseUrl, "cockpit"), employee, Api.DEMO_PASSWORD);

        assertThat(browser.waitFor(CamundaPages.ERROR_NOTIFICATION_STATUS).getText()).isEqualTo(LOGIN_FAILED);
        assertThat(browser.isVisible(CamundaPages.LOGIN_FORM)).isTrue();
        assertThat(browser.isVisible(CamundaPages.ACCOUNT_MENU)).isFalse();
        assertThat(browser.currentUrl()).contains("/camunda/app/cockpit/").contains("#/login");
        browser.screenshot();
    }

    @Test
    void wrongPasswordIsRefusedAndTheLoginPageStays() {
        ensureEmployeeWithPassword(WRONG_PASSWORD_USER, Api.DEMO_PASSWORD);

        browser.submitLogin(Browser.appUrl(baseUrl, "tasklist"), WRONG_PASSWORD_USER, "not-" + Api.DEMO_PASSWORD);

        assertThat(browser.waitFor(CamundaPages.ERROR_NOTIFICATION_STATUS).getText()).isEqualTo(LOGIN_FAILED);
        assertThat(browser.waitFor(CamundaPages.ERROR_NOTIFICATION).getText())
                .contains(LOGIN_REFUSED);
        assertThat(browser.isVisible(CamundaPages.LOGIN_FORM)).isTrue();
        assertThat(browser.isVisible(CamundaPages.TASKLIST_TASKS)).isFalse();
        assertThat(browser.isVisible(CamundaPages.ACCOUNT_MENU)).isFalse();
        assertThat(browser.currentUrl()).contains("/camunda/app/tasklist/").contains("#/login");
        browser.screenshot();
    }

    /** An employee with Tasklist access and a known password, so only the password can be what is wrong. */
    private void ensureEmployeeWithPassword(String id, String password) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("Pegawai");
            user.setLastName("Uji Peramban");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(id, Groups.PEGAWAI);
        }
    }
}
