package id.jenjang.csvimport;

import java.util.Optional;

/**
 * What a text from outside may contain, for imports and JSON inputs alike. Control characters are refused: a
 * NUL cannot even be stored in PostgreSQL, and the others hide text from the person who reads it. Cells that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) are refused rather than
 * silently changed: Jenjang's data flows back into spreadsheets (exports, reports), and a changed value would
 * differ from the agency's source file without anyone noticing.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * The first control character ("U+0000 pada posisi 3", positions from 1), or empty. Tab, line feed and
     * carriage return are text (a multi-line note); the rest of C0, DEL and C1 are not.
     */
    public static Optional<String> controlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return Optional.of(String.format("U+%04X pada posisi %d", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a spreadsheet would read this cell as a formula. A lone "-" (the usual "nothing" in Indonesian
     * spreadsheets) is text everywhere and stays allowed.
     */
    public static boolean looksLikeFormula(String value) {
        if (value.isEmpty() || "-".equals(value)) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    /** The Indonesian refusal of a cell or field, or empty when the value may be stored. */
    public static Optional<String> problem(String value) {
        Optional<String> control = controlCharacter(value);
        if (control.isPresent()) {
            return Optional.of("Berisi karakter kendali (" + control.get() + "); hapus karakter itu");
        }
        if (looksLikeFormula(value)) {
            return Optional.of("Diawali '" + value.charAt(0) + "': spreadsheet akan menjalankannya sebagai rumus;"
                    + " hapus tanda itu atau tulis nilainya tanpa rumus");
        }
        return Optional.empty();
    }
}
