package id.jenjang.system.monitoring;

import id.jenjang.appraisal.CycleRepository;
import id.jenjang.notification.MailOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One reading of the database for the gauges and the outbox health, and when it was taken. */
record Figures(Instant takenAt, Map<String, EngineFigures.Jobs> jobs,
        Map<EngineFigures.IncidentKind, Long> incidents, Map<EngineFigures.Step, EngineFigures.Tasks> tasks,
        MailOutbox.Backlog outbox, List<CycleRepository.Opening> openings) {

    /** Age of the oldest unsent mail at {@code now}; zero when nothing waits. */
    Duration oldestUnsentAge(Instant now) {
        if (outbox.oldestCreatedAt() == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(outbox.oldestCreatedAt(), now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
