package id.jenjang.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What a scenario measured, printed as {@code FAULT <scenario> <what>: ...} lines (the build log is the record
 * CI keeps) and appended to target/faults/figures.txt. Times are seconds since the scenario's start or between
 * two named moments.
 */
final class FaultReport {

    private final String scenario;
    private final Instant start = Instant.now();

    FaultReport(String scenario) {
        this.scenario = scenario;
        line("run", "employees=%d, recovery limit %s, max wait %s, started %s", FaultSettings.EMPLOYEES,
                FaultSettings.RECOVERY_LIMIT, FaultSettings.MAX_WAIT, start);
    }

    void line(String what, String format, Object... args) {
        String text = "FAULT " + scenario + " " + what + ": " + String.format(Locale.ROOT, format, args);
        System.out.println(text);
        try {
            Files.createDirectories(FaultSettings.WORK);
            Files.writeString(FaultSettings.WORK.resolve("figures.txt"), text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds since the scenario started, for the moment given ("-" when it never came). */
    String at(Instant moment) {
        return moment == null ? "-" : seconds(Duration.between(start, moment));
    }

    /** Seconds from one moment to another ("never" when the second did not come within the wait). */
    static String between(Instant from, Instant to) {
        return from == null || to == null ? "never" : seconds(Duration.between(from, to));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
