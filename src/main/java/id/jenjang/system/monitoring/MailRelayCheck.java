package id.jenjang.system.monitoring;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the SMTP relay accepts a connection, checked in the background every
 * {@code jenjang.monitoring.mail-check-interval}. Spring Boot's own mail indicator connects on every health call:
 * a relay that drops packets would hold each probe for the connection timeout (5 s here), longer than a
 * Kubernetes probe waits, and its DOWN made /actuator/health answer 503. Here the probe reads the last result at
 * once, and an unreachable relay is {@link Degraded}: mail waits in the outbox and is retried, nothing else stops.
 * With {@code management.health.mail.enabled=false} (an installation without mail) nothing is checked and the
 * component says so.
 */
@Component("mailHealthIndicator")
public class MailRelayCheck implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailRelayCheck.class);

    private final JavaMailSenderImpl mailSender;
    private final Clock clock;
    private final boolean enabled;
    private final Every every;
    private volatile Health last;

    public MailRelayCheck(JavaMailSenderImpl mailSender, MonitoringSettings settings, Clock clock,
            @Value("${management.health.mail.enabled:true}") boolean enabled) {
        this.mailSender = mailSender;
        this.clock = clock;
        this.enabled = enabled;
        this.every = new Every("jenjang-mail-check", settings.mailCheckInterval(), this::check);
        this.last = enabled
                ? Health.unknown().withDetail("location", location()).withDetail("checked", false).build()
                : Health.up().withDetail("checked", false)
                        .withDetail("reason", "management.health.mail.enabled=false").build();
    }

    @Override
    public Health health() {
        return last;
    }

    void check() {
        Health now;
        try {
            mailSender.testConnection();
            now = Health.up().withDetail("location", location()).withDetail("checkedAt", clock.instant().toString())
                    .build();
        } catch (Exception e) {
            now = Health.status(Degraded.STATUS).withDetail("location", location())
                    .withDetail("checkedAt", clock.instant().toString())
                    .withDetail("error", e.getClass().getName() + ": " + e.getMessage()).build();
        }
        if (!now.getStatus().equals(last.getStatus())) {
            if (Degraded.STATUS.equals(now.getStatus())) {
                log.warn("SMTP relay {} unreachable; mail waits in the outbox: {}", location(),
                        now.getDetails().get("error"));
            } else {
                log.info("SMTP relay {} reachable", location());
            }
        }
        last = now;
    }

    private String location() {
        return mailSender.getHost() + ":" + mailSender.getPort();
    }

    @Override
    public void start() {
        if (enabled) {
            every.start();
        }
    }

    @Override
    public void stop() {
        every.stop();
    }

    @Override
    public boolean isRunning() {
        return every.running();
    }
}
