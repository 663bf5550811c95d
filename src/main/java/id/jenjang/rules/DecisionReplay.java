package id.jenjang.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * One decision's replay for {@code GET /api/rules/replay}: a stored or computable verdict judged again under the
 * version in force on its date and under the latest deployed one, writing nothing. One implementation per
 * decision key, in the package that owns the decision; the controller only chooses by key, so it depends on
 * no feature package.
 */
public interface DecisionReplay {

    /** Longest piece of a refused value repeated in an answer: an attacker's megabyte is not echoed back. */
    int SHOWN = 40;

    /** A value as repeated in an error: at most {@link #SHOWN} characters, no control characters. */
    static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= SHOWN ? printable : printable.substring(0, SHOWN) + "...";
    }

    /** The {@code decision} parameter this replay answers. */
    String decisionKey();

    /**
     * @throws IllegalArgumentException with "field: reason" in Indonesian for anything the caller sent wrong
     *                                  (the controller's 400)
     */
    Replayed replay(Request request);

    /**
     * What the caller asked: {@code nip} checked as 18 digits, {@code date} parsed (null when not sent), and the
     * query's other parameters as sent.
     */
    record Request(String nip, LocalDate date, Map<String, String> parameters) {

        public String parameter(String name) {
            String value = parameters.get(name);
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** The date the verdict was judged on and the answer's fields after {@code decision, date, nip}. */
    record Replayed(LocalDate date, Map<String, Object> fields) {
    }
}
