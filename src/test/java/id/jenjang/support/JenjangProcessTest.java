package id.jenjang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Process path tests: the whole application with the real BPMN, DMN, delegates, database and SMTP server, but
 * with the job executor off, so a test fires each timer and asynchronous step itself ({@code execute(job())}).
 * A second shared context next to {@link JenjangSpringTest}, hence its own mail ports, and its own JVM (tag
 * {@value #TAG}, a separate Surefire/Failsafe execution): Camunda's REST API and webapps find the engine named
 * "default" through a static registry, so two application contexts in one JVM would answer /engine-rest from
 * whichever engine registered last (seen as "Cannot find task" and 401s for valid users in full runs).
 */
@Tag(JenjangProcessTest.TAG)
// Spring Boot's tests turn metric export off; MetricsTest scrapes /actuator/prometheus as Prometheus would
@AutoConfigureObservability(tracing = false)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:jenjang-process-test;DB_CLOSE_DELAY=-1",
        "jenjang.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        // pages of 25, so the demo's ~300 employees take a dozen sweep pages and the tests see many page jobs
        "jenjang.promotion.sweep-page-size=25",
        "jenjang.demo.smtp-port=${test.process-smtp-port:23027}",
        "jenjang.demo.imap-port=${test.process-imap-port:23145}",
        "spring.mail.port=${test.process-smtp-port:23027}",
        // gauges read every second, so a scrape shows what a test set up within seconds (production: PT15S)
        "jenjang.monitoring.figures-interval=PT1S",
        "jenjang.monitoring.mail-check-interval=PT1S"})
public @interface JenjangProcessTest {

    String TAG = "process-context";
}
