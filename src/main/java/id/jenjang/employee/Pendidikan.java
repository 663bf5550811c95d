package id.jenjang.employee;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Highest education, lowest first (a minimum such as "at least D3" compares by {@link #ordinal()}). The levels
 * below D3 are those Peraturan BKN 2/2025 names for the highest rank by KP reguler. Older imports wrote
 * {@code SMA}: it stays accepted and means {@link #SLTA}, so stored rows and files keep working.
 */
public enum Pendidikan {
    SD, SLTP, SLTP_KEJURUAN, SLTA, SLTA_KEJURUAN, D1, D2, D3, D4, S1, S2, S3;

    /** The earlier name of SLTA, accepted wherever a value is read. */
    public static final String ALIAS_SMA = "SMA";

    /** A stored or imported value: an enum name, or {@code SMA} for SLTA. */
    public static Optional<Pendidikan> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals(ALIAS_SMA)) {
            return Optional.of(SLTA);
        }
        return Arrays.stream(values()).filter(p -> p.name().equals(v)).findFirst();
    }

    /** "SD, SLTP, ... (SMA = SLTA)", for messages that list the choices. */
    public static String choices() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + " (" + ALIAS_SMA
                + " berarti SLTA)";
    }
}
