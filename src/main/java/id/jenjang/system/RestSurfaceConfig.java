package id.jenjang.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registers {@link RestSurfaceGuard} on the engine REST API and the webapps' copy of it. Order: after the
 * engine REST authentication ({@code HIGHEST_PRECEDENCE + 20}, which sets the engine's current user) and before
 * FormErrorMessages ({@code + 30}), so the guard's own Indonesian answers pass that filter untouched. The
 * webapps' authentication filter is registered by Camunda's webapp initializer after every Spring filter; the
 * guard reads the webapps' session login itself.
 */
@Configuration
public class RestSurfaceConfig {

    @Bean
    RestSurfaceGuard restSurfaceGuard(ObjectMapper json, ProcessEngineConfigurationImpl engine, CaseRepairLog repairs,
            PlatformTransactionManager transactionManager) {
        return new RestSurfaceGuard(json, engine, repairs, transactionManager);
    }

    @Bean
    FilterRegistrationBean<RestSurfaceGuard> restSurfaceGuardRegistration(RestSurfaceGuard guard) {
        var registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setName("rest-surface-guard");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        return registration;
    }
}
