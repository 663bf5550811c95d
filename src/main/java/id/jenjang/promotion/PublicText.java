package id.jenjang.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.jenjang.employee.Nip;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks NIPs in anything the public sees. Not only the fields that hold a NIP: reasons and payloads are typed
 * by people, and "calon 198501012010011001 layak" or a NIP written in its printed form "19850101 201001 1 001"
 * would otherwise reach the board. Any run of 18 or more digits, optionally split by single spaces, dots or
 * hyphens, keeps only its last four digits. For a case that ended without promotion the candidate's name is
 * replaced by initials as well (ADR 0005).
 */
final class PublicText {

    private static final Pattern NIP_LIKE = Pattern.compile("\\d(?:[ .-]?\\d){17,}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    /**
     * Honorifics and titles written before a name ("Dr. Budi", "Hj. Siti"): not initials of the person's name, and
     * dropped from them. Degrees come after a comma ("Budi Santoso, S.Kom.") and are cut off with it.
     */
    private static final Set<String> FRONT_TITLES = Set.of("prof", "dr", "drs", "dra", "ir", "h", "hj");

    private PublicText() {
    }

    /**
     * A stored hash as the public sees it. A SHA-256 in hex may by chance hold 18 digits in a row (and the genesis
     * is 64 zeros), so hashes are not masked; anything else in a hash column (put there in the database) is.
     */
    static String hash(String value) {
        return value != null && HASH.matcher(value).matches() ? value : mask(value);
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NIP_LIKE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(Nip.masked(m.group().replaceAll("\\D", ""))));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** A JSON tree with every key, text and long number masked (an 18-digit NIP also fits in a JSON number). */
    static JsonNode mask(JsonNode node) {
        return map(node, PublicText::mask);
    }

    /** A JSON tree with {@code text} applied to every key, text and number (as its text). */
    static JsonNode map(JsonNode node, UnaryOperator<String> text) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(text.apply(field.getKey()), map(field.getValue(), text));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(map(element, text)));
            return out;
        }
        if (node.isTextual() || node.isNumber()) {
            String before = node.asText();
            String after = text.apply(before);
            return after.equals(before) ? node : TextNode.valueOf(after);
        }
        return node;
    }

    /**
     * What the public sees of one case's texts: NIPs masked, and when the name is not public every occurrence of
     * the candidate's name (as stored, without degrees, without titles) replaced by the initials, in any letter
     * case. People write names in reasons and the minutes print the candidate's name; a name spelt otherwise (a
     * first name alone, a nickname, a typo) is beyond this and stays the writer's responsibility.
     */
    static UnaryOperator<String> forCase(PromotionCase c) {
        if (c.nameIsPublic() || c.nama() == null || c.nama().isBlank()) {
            return PublicText::mask;
        }
        String initials = initials(c.nama());
        List<Pattern> names = new ArrayList<>();
        // the longest form first, so "Budi Santoso, S.Kom." does not leave ", S.Kom." behind
        for (String name : new LinkedHashSet<>(List.of(c.nama().trim(), withoutDegrees(c.nama()),
                String.join(" ", nameWords(c.nama()))))) {
            if (name.length() >= 3) {
                names.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return text -> {
            String out = mask(text);
            if (out == null) {
                return null;
            }
            for (Pattern name : names) {
                out = name.matcher(out).replaceAll(Matcher.quoteReplacement(initials));
            }
            return out;
        };
    }

    /**
     * "Siti Wulandari" -> "S. W."; "Dr. Budi Santoso, S.Kom., M.Si." -> "B. S.": the first letter of each word of
     * the name, without titles before it and degrees after the first comma.
     */
    static String initials(String nama) {
        if (nama == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : nameWords(nama)) {
            word.codePoints().filter(Character::isLetter).findFirst().ifPresent(letter -> {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toUpperCase(letter)).append('.');
            });
        }
        return out.isEmpty() ? "-" : out.toString();
    }

    /** The words of the name itself: degrees (after the first comma) and titles before it left out. */
    private static List<String> nameWords(String nama) {
        List<String> words = new ArrayList<>();
        for (String word : withoutDegrees(nama).split("\\s+")) {
            // only before the name: "Ahmad H. Siregar" keeps its H.
            boolean title = words.isEmpty() && word.endsWith(".")
                    && FRONT_TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
            if (!word.isEmpty() && !title) {
                words.add(word);
            }
        }
        return words;
    }

    private static String withoutDegrees(String nama) {
        int comma = nama.indexOf(',');
        return (comma < 0 ? nama : nama.substring(0, comma)).trim();
    }
}
