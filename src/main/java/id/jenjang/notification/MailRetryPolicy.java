package id.jenjang.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a batch waits for the SMTP relay after a handover failed. The wait is as long as the relay has been
 * failing so far, at least {@code firstWait} and at most {@code maxWait}: 30 s, 30 s, 1 min, 2 min, ... 30 min,
 * 30 min with the defaults, so a short hiccup costs seconds and a long outage a few attempts an hour. It is
 * measured from the first failure (time, not a count of attempts), so an extra attempt (the relay answered the
 * resume check) never brings the incident closer. Once the relay has failed for the whole span there is no
 * further wait: the sending step fails and the batch gets its incident.
 */
public record MailRetryPolicy(Duration span, Duration firstWait, Duration maxWait) {

    public static MailRetryPolicy of(MailSettings settings) {
        return new MailRetryPolicy(settings.retrySpan(), settings.firstWait(), settings.maxWait());
    }

    /** The wait before the next attempt, or empty when the relay has failed for the whole span. */
    public Optional<Duration> waitAfterFailure(Instant failingSince, Instant now) {
        Duration failing = Duration.between(failingSince, now);
        if (failing.isNegative()) {
            failing = Duration.ZERO;
        }
        if (failing.compareTo(span) >= 0) {
            return Optional.empty();
        }
        Duration wait = failing.compareTo(firstWait) < 0 ? firstWait : failing;
        if (wait.compareTo(maxWait) > 0) {
            wait = maxWait;
        }
        // the last attempt falls on the span's end, not up to a whole maxWait after it
        Duration left = span.minus(failing);
        if (wait.compareTo(left) > 0) {
            wait = left;
        }
        return Optional.of(wholeSeconds(wait));
    }

    /** Timers take ISO durations; whole seconds, at least one, keep them exact and never zero. */
    static Duration wholeSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
