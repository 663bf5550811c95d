package id.jenjang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The waits of a batch while the relay is away, with the production defaults (6 h, 30 s up to 30 min). */
class MailRetryPolicyTest {

    static final MailRetryPolicy DEFAULTS = new MailRetryPolicy(Duration.ofHours(6), Duration.ofSeconds(30),
            Duration.ofMinutes(30));
    static final Instant SINCE = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void theWaitsStartAtTheFirstWaitAndDoubleUpToTheMaximum() {
        List<Duration> waits = attemptsThroughAnOutage(DEFAULTS);

        assertThat(waits.subList(0, 8)).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(30));
        assertThat(waits).allMatch(w -> w.compareTo(Duration.ofMinutes(30)) <= 0);
    }

    @Test
    void aSixHourOutageCostsEighteenAttemptsAndTheLastFallsOnTheSpansEnd() {
        List<Duration> waits = attemptsThroughAnOutage(DEFAULTS);

        assertThat(waits).hasSize(18);
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofHours(6));
        assertThat(DEFAULTS.waitAfterFailure(SINCE, SINCE.plus(Duration.ofHours(6)))).isEmpty();
    }

    @Test
    void anEarlyExtraAttemptDoesNotBringTheIncidentCloser() {
        // the resume check let an attempt run after 5 minutes instead of 8: the next wait follows the outage's age
        assertThat(DEFAULTS.waitAfterFailure(SINCE, SINCE.plus(Duration.ofMinutes(5))))
                .contains(Duration.ofMinutes(5));
        assertThat(DEFAULTS.waitAfterFailure(SINCE, SINCE.plus(Duration.ofHours(5).plusMinutes(59))))
                .contains(Duration.ofMinutes(1));
    }

    @Test
    void waitsAreWholeSecondsOfAtLeastOne() {
        MailRetryPolicy fast = new MailRetryPolicy(Duration.ofSeconds(8), Duration.ofMillis(300),
                Duration.ofSeconds(2));

        assertThat(fast.waitAfterFailure(SINCE, SINCE)).contains(Duration.ofSeconds(1));
        assertThat(fast.waitAfterFailure(SINCE, SINCE.plusMillis(1_200))).contains(Duration.ofSeconds(2));
        assertThat(fast.waitAfterFailure(SINCE, SINCE.plusMillis(7_900))).contains(Duration.ofSeconds(1));
        assertThat(fast.waitAfterFailure(SINCE, SINCE.plusSeconds(8))).isEmpty();
    }

    @Test
    void aClockThatWentBackCountsAsTheOutagesStart() {
        assertThat(DEFAULTS.waitAfterFailure(SINCE, SINCE.minusSeconds(90))).contains(Duration.ofSeconds(30));
    }

    /** The waits a batch goes through when every attempt fails, attempting exactly when each wait ends. */
    private static List<Duration> attemptsThroughAnOutage(MailRetryPolicy policy) {
        List<Duration> waits = new ArrayList<>();
        Instant now = SINCE;
        for (Optional<Duration> wait = policy.waitAfterFailure(SINCE, now); wait.isPresent();
                wait = policy.waitAfterFailure(SINCE, now)) {
            waits.add(wait.get());
            now = now.plus(wait.get());
        }
        return waits;
    }
}
