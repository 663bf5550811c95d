package id.jenjang.system;

import java.util.Locale;

/** Database column names as JSON field names: {@code COACH_NIP} and {@code coach_nip} both become {@code coachNip}. */
public final class ColumnNames {

    private ColumnNames() {
    }

    public static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
