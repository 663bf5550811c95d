package id.jenjang.system;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import id.jenjang.employee.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call what. Three doors:
 * <ul>
 *   <li>/api and /actuator: Spring Security, HTTP Basic against Camunda's identity store, stateless;</li>
 *   <li>/engine-rest: Camunda's own Basic filter, because it also sets the engine's current user, which the
 *   engine's authorization checks need (Spring Security's string matcher would not even see that servlet);</li>
 *   <li>/camunda (Tasklist, Cockpit, Admin): the webapps' own session login and CSRF protection.</li>
 * </ul>
 * Everything else is closed unless listed.
 */
@Configuration
public class SecurityConfig {

    private static final String[] ADMINS_OF_MASTER_DATA = {Groups.BKPSDM, Groups.CAMUNDA_ADMIN};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Jenjang");
        http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/api/**"),
                        withDefaults().matcher("/actuator/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(withDefaults().matcher("/api/public/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/actuator/info")).permitAll()
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/*/import"))
                        .hasAnyAuthority(ADMINS_OF_MASTER_DATA)
                        .requestMatchers(withDefaults().matcher("/api/cycles/**")).hasAuthority(Groups.BKPSDM)
                        .requestMatchers(withDefaults().matcher("/actuator/**")).hasAuthority(Groups.CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                // stateless Basic clients carry no session cookie, so there is no cookie to forge a request with
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // authenticated by Camunda's filters, see the class comment
                        .requestMatchers(withDefaults().matcher("/engine-rest/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/camunda/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/")).permitAll()
                        .requestMatchers(withDefaults().matcher("/error")).permitAll()
                        .requestMatchers(withDefaults().matcher("/transparansi/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/static/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/favicon.ico")).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                // the webapps run their own CSRF filter (XSRF-TOKEN); a second one would break them
                .csrf(csrf -> csrf.disable())
                // Cockpit and Tasklist embed their own pages in frames
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuardRegistration(ExpressionQueryGuard guard) {
        var registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setName("expression-query-guard");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<FormErrorMessages> formErrorMessagesRegistration(FormErrorMessages filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setName("form-error-messages");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupGuard> adminSetupGuardRegistration(AdminSetupGuard guard) {
        var registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setName("admin-setup-guard");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
