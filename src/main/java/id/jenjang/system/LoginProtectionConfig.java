package id.jenjang.system;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Failed logins slow the attacker down instead of locking the owner out (docs/integrity.md, "Failed logins"):
 * {@link LoginThrottle} in front of the three doors, Camunda's own lock-out switched off, and accounts the old
 * lock-out left locked released at start.
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleSettings.class)
public class LoginProtectionConfig {

    private static final Logger log = LoggerFactory.getLogger(LoginProtectionConfig.class);

    @Bean
    LoginThrottle loginThrottle(LoginThrottleSettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleRegistration(LoginThrottle throttle) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.addUrlPatterns("/api/*", "/actuator/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*");
        registration.setName("login-throttle");
        // after the guards that refuse without looking at credentials, before every door that checks them
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    /**
     * Camunda 7.24's {@code DbIdentityServiceProvider.checkPassword} refuses every password, the right one too,
     * once a user's failed attempts reach {@code loginMaxAttempts} (default 10), until an administrator unlocks
     * the user; below that it locks for {@code loginDelayBase * loginDelayFactor^(attempts-1)} seconds, at most
     * {@code loginDelayMaxTime} (defaults 3, 2, 60). A count that never reaches its maximum and a zero delay
     * switch both off; {@link LoginThrottle} does the slowing, without a permanent state.
     */
    @Bean
    static ProcessEnginePlugin noEngineLockout() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
                configuration.setLoginDelayBase(0);
                configuration.setLoginDelayFactor(0);
                configuration.setLoginDelayMaxTime(0);
            }
        };
    }

    /**
     * Users locked by the engine's old lock-out stay refused while their attempt count is at or above the old
     * maximum if that is ever configured again; clearing the count at start leaves no trace of the old rule.
     */
    @Bean
    ApplicationRunner releaseEngineLockouts(IdentityService identityService, ManagementService managementService) {
        return args -> {
            String table = managementService.getTableName(UserEntity.class);
            List<User> locked = identityService.createNativeUserQuery()
                    .sql("SELECT * FROM " + table + " WHERE ATTEMPTS_ > 0 OR LOCK_EXP_TIME_ IS NOT NULL").list();
            locked.forEach(user -> identityService.unlockUser(user.getId()));
            if (!locked.isEmpty()) {
                log.info("Released {} login(s) locked by the engine's old lock-out", locked.size());
            }
        };
    }
}
