package id.jenjang.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.jenjang.employee.Nip;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks NIPs in anything the public sees. Not only the fields that hold a NIP: reasons and payloads are typed
 * by people, and "calon 198501012010011001 layak" or a NIP written in its printed form "19850101 201001 1 001"
 * would otherwise reach the board. Any run of 18 or more digits, optionally split by single spaces, dots or
 * hyphens, keeps only its last four digits.
 */
final class PublicText {

    private static final Pattern NIP_LIKE = Pattern.compile("\\d(?:[ .-]?\\d){17,}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

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
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(mask(field.getKey()), mask(field.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(mask(element)));
            return out;
        }
        if (node.isTextual() || node.isNumber()) {
            String text = node.asText();
            String masked = mask(text);
            return masked.equals(text) ? node : TextNode.valueOf(masked);
        }
        return node;
    }
}
