package id.jenjang.coaching;

import id.jenjang.appraisal.Durations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Coaching rules that are data, not code (application.yaml {@code jenjang.coaching}, docs/operations.md).
 *
 * @param sessionGrace how long the coach has to record a session once it is due
 * @param escalationDelay how long after that a missed session goes to BKPSDM
 * @param durationMonths months of coaching when the start does not say (PP 30/2019 Pasal 56: six months)
 * @param sessionInterval ISO duration between sessions when the start does not say (domain rules §2: "default
 *     monthly", a design decision: belum diverifikasi against a regulation)
 * @param maxExtensions how often BKPSDM may extend a coaching that did not succeed (domain rules §2, a design
 *     decision within PP 30/2019 Pasal 57-58: belum diverifikasi)
 */
@ConfigurationProperties("jenjang.coaching")
public record CoachingSettings(
        @DefaultValue("P7D") String sessionGrace,
        @DefaultValue("P7D") String escalationDelay,
        @DefaultValue("6") int durationMonths,
        @DefaultValue("P1M") String sessionInterval,
        @DefaultValue("1") int maxExtensions) {

    public CoachingSettings {
        // a wrong value stops the start instead of misleading a coaching months later
        if (durationMonths < 1 || durationMonths > 12) {
            throw new IllegalArgumentException("jenjang.coaching.duration-months must be 1..12: " + durationMonths);
        }
        if (!Durations.valid(sessionInterval)) {
            throw new IllegalArgumentException("jenjang.coaching.session-interval is no ISO-8601 duration: "
                    + sessionInterval);
        }
        if (maxExtensions < 0) {
            throw new IllegalArgumentException("jenjang.coaching.max-extensions negative: " + maxExtensions);
        }
    }

    /** "satu kali", "2 kali": how the forms and messages say a number of extensions. */
    public static String times(int n) {
        return n == 1 ? "satu kali" : n + " kali";
    }
}
