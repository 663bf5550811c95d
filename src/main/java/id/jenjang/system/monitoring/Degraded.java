package id.jenjang.system.monitoring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The status of a part Jenjang can do without for a while (mail, the outbox, the job executor): shown in the
 * health answers, answered 200 (application.yaml maps it), so a readiness probe or a load balancer never takes
 * every node out of service because the mail relay is down. Only the database and the engine fail readiness.
 */
final class Degraded {

    static final Status STATUS = new Status("DEGRADED", "works, but a part is unavailable or behind");

    private Degraded() {
    }

    /** The same answer with DOWN turned into DEGRADED, details kept. */
    static Health whenDown(Health health) {
        if (!Status.DOWN.equals(health.getStatus())) {
            return health;
        }
        return Health.status(STATUS).withDetails(health.getDetails()).build();
    }

    /** A part's indicator whose DOWN becomes DEGRADED. */
    static HealthIndicator whenDown(HealthIndicator indicator) {
        return () -> whenDown(indicator.health());
    }
}
