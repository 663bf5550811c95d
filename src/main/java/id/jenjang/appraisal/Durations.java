package id.jenjang.appraisal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/** ISO-8601 durations as the contract writes them (P7D, PT12H, P1M) applied to instants. */
public final class Durations {

    private Durations() {
    }

    public static boolean valid(String iso) {
        return parse(iso).isPresent();
    }

    public static Date plus(Date from, String iso, ZoneId zone) {
        Object amount = parse(iso).orElseThrow(() -> new IllegalArgumentException("not an ISO duration: " + iso));
        Instant start = from.toInstant();
        Instant end = amount instanceof Period p ? start.atZone(zone).plus(p).toInstant() : start.plus((Duration) amount);
        return Date.from(end);
    }

    public static Date minus(Date from, String iso, ZoneId zone) {
        Object amount = parse(iso).orElseThrow(() -> new IllegalArgumentException("not an ISO duration: " + iso));
        Instant start = from.toInstant();
        Instant end = amount instanceof Period p ? start.atZone(zone).minus(p).toInstant()
                : start.minus((Duration) amount);
        return Date.from(end);
    }

    private static Optional<Object> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Period.parse(iso));
        } catch (DateTimeParseException notAPeriod) {
            try {
                return Optional.of(Duration.parse(iso));
            } catch (DateTimeParseException notADuration) {
                return Optional.empty();
            }
        }
    }
}
