package id.jenjang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in the production-shaped {@code postgres} profile on a real PostgreSQL (database
 * jenjang_it, recreated by .ci/run; another with JENJANG_IT_DB_URL), demo seeded, job executor on. Every test
 * class with this annotation shares one context, so the same attack can run on H2 (a subclass with
 * {@link JenjangSpringTest}) and here (a subclass named *PostgresIT) from one abstract class of tests.
 * Mail ports of its own (-Dtest.pgs-smtp-port, -Dtest.pgs-imap-port): the context stays cached beside others.
 */
@Tag(JenjangPostgresTest.TAG)
@ActiveProfiles("postgres")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${JENJANG_IT_DB_URL:jdbc:postgresql://127.0.0.1:5432/jenjang_it}",
        "spring.datasource.username=${JENJANG_IT_DB_USER:postgres}",
        "spring.datasource.password=",
        "jenjang.demo.enabled=true",
        "jenjang.admin.password=demo",
        "jenjang.demo.smtp-port=${test.pgs-smtp-port:23029}",
        "jenjang.demo.imap-port=${test.pgs-imap-port:23147}",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${test.pgs-smtp-port:23029}",
        "spring.mail.properties.mail.smtp.starttls.enable=false",
        // failed logins wait seconds, not minutes, so LoginAttacks can show the recovery (same rule as production)
        "jenjang.login-throttle.account-max-delay=PT2S",
        "jenjang.login-throttle.address-max-delay=PT3S",
        "jenjang.login-throttle.forgive-one-every=PT5S",
        // mail waits and retries in seconds (see JenjangSpringTest); recording "sent" outlasts a connection cut
        // of a few seconds, as record-retry does in production for a minute
        "jenjang.mail.retry-span=PT30S",
        "jenjang.mail.first-wait=PT1S",
        "jenjang.mail.max-wait=PT10S",
        "jenjang.mail.job-retry-cycle=PT1S,PT1S",
        "jenjang.mail.resume-check=PT1S",
        "jenjang.mail.handover-lease=PT8S",
        "jenjang.mail.record-retry=PT5S"})
public @interface JenjangPostgresTest {

    String TAG = "postgres-context";
}
