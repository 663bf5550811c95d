package id.jenjang.system.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the background checks run and when the outbox counts as stuck ({@code jenjang.monitoring.*}, see
 * docs/operations.md). Probes and scrapes only read what the last check found, so these intervals, not the
 * probe period, decide how much SMTP and database work monitoring causes.
 */
@ConfigurationProperties("jenjang.monitoring")
public record MonitoringSettings(
        @DefaultValue("PT15S") Duration figuresInterval,
        @DefaultValue("PT30S") Duration mailCheckInterval,
        @DefaultValue("PT30M") Duration outboxMaxAge) {

    public MonitoringSettings {
        for (Duration d : new Duration[] {figuresInterval, mailCheckInterval, outboxMaxAge}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("jenjang.monitoring: figures-interval, mail-check-interval and"
                        + " outbox-max-age must be positive");
            }
        }
    }
}
