package id.jenjang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real HTTP port, in-memory H2, demo organisation and demo SMTP server on test
 * ports. Every test class with this annotation shares one context, so tests use their own NIPs and compare
 * counts rather than assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:jenjang-test;DB_CLOSE_DELAY=-1",
        "jenjang.demo.enabled=true",
        // below Linux's ephemeral range (32768-60999), so an outgoing connection can never hold the port;
        // -Dtest.smtp-port / -Dtest.imap-port let two builds run side by side on one machine
        "jenjang.demo.smtp-port=${test.smtp-port:23025}",
        "jenjang.demo.imap-port=${test.imap-port:23143}",
        "spring.mail.port=${test.smtp-port:23025}",
        // background checks every second, so a probe shows a stopped SMTP server within seconds (production:
        // PT30S and PT15S, see MonitoringSettings)
        "jenjang.monitoring.mail-check-interval=PT1S",
        "jenjang.monitoring.figures-interval=PT1S",
        // failed logins wait seconds, not minutes, so LoginAttacks can show the recovery (same rule as production)
        "jenjang.login-throttle.account-max-delay=PT2S",
        "jenjang.login-throttle.address-max-delay=PT3S",
        "jenjang.login-throttle.forgive-one-every=PT5S",
        // mail waits and retries in seconds, so MailDeliveryFaults shows an SMTP outage inside and beyond the
        // retry span and a crash's mail in doubt within a test (production: docs/operations.md "Mail")
        "jenjang.mail.retry-span=PT30S",
        "jenjang.mail.first-wait=PT1S",
        "jenjang.mail.max-wait=PT10S",
        "jenjang.mail.job-retry-cycle=PT1S,PT1S",
        "jenjang.mail.resume-check=PT1S",
        "jenjang.mail.handover-lease=PT3S",
        "jenjang.mail.record-retry=PT1S"})
public @interface JenjangSpringTest {
}
