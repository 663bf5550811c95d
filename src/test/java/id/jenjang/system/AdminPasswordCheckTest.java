package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jenjang.JenjangApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordCheckTest {

    private final AdminPasswordCheck check = new AdminPasswordCheck();

    @Test
    void outsideTheDemoAMissingPasswordStopsTheStart() {
        MockEnvironment env = new MockEnvironment().withProperty("jenjang.demo.enabled", "false");
        assertThatThrownBy(() -> check.postProcessEnvironment(env, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JENJANG_ADMIN_PASSWORD");
    }

    @Test
    void theDemoAdminLogsInWithDemo() {
        MockEnvironment env = new MockEnvironment().withProperty("jenjang.demo.enabled", "true");
        check.postProcessEnvironment(env, null);
        assertThat(env.getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
    }

    @Test
    void aGivenPasswordIsUsedInAnyMode() {
        MockEnvironment env = new MockEnvironment().withProperty("jenjang.demo.enabled", "false")
                .withProperty("jenjang.admin.password", "Rahasia-2026!");
        check.postProcessEnvironment(env, null);
        assertThat(env.getProperty("camunda.bpm.admin-user.password")).isEqualTo("Rahasia-2026!");
    }

    @Test
    void theRealApplicationRefusesToStartWithoutDemoAndPassword() {
        // command-line arguments: they outrank application.yaml, as environment variables do
        assertThatThrownBy(() -> new SpringApplicationBuilder(JenjangApplication.class)
                .run("--jenjang.demo.enabled=false", "--jenjang.admin.password=", "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:refused"))
                .hasStackTraceContaining("JENJANG_ADMIN_PASSWORD is not set");
    }
}
