package id.jenjang.system;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * No default password outside the demo: without {@code JENJANG_ADMIN_PASSWORD} the application stops before
 * the engine exists. Camunda's starter would otherwise fall back to the user id as the admin's password.
 * In the demo (default profile) the admin's password is {@code demo}, like every demo login.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_ENABLED = "jenjang.demo.enabled";
    static final String ADMIN_PASSWORD = "jenjang.admin.password";
    static final String DEMO_PASSWORD = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = environment.getProperty(DEMO_ENABLED, Boolean.class, false);
        String password = environment.getProperty(ADMIN_PASSWORD, "");
        if (password.isBlank()) {
            if (!demo) {
                throw new IllegalStateException("JENJANG_ADMIN_PASSWORD is not set. Outside the demo"
                        + " (JENJANG_DEMO=false or the postgres profile) Jenjang has no default administrator"
                        + " password: set JENJANG_ADMIN_PASSWORD (and JENJANG_ADMIN_USER, default 'admin').");
            }
            password = DEMO_PASSWORD;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("jenjangAdminPassword",
                Map.of("camunda.bpm.admin-user.password", password)));
    }

    /** After the application.yaml files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
