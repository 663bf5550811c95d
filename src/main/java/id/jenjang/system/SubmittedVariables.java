package id.jenjang.system;

import static id.jenjang.system.RestSurfaceAnswers.FIELD_CONTROL;
import static id.jenjang.system.RestSurfaceAnswers.FIELD_READ_ONLY;
import static id.jenjang.system.RestSurfaceAnswers.FIELD_UNKNOWN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jenjang.system.RestSurfaceAnswers.Refusal;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The check of the variables an engine REST request submits: against the Camunda Form of a completion or start
 * (only its input fields; read-only ones only unchanged, then dropped; scalar types; no control characters;
 * within the field's maxLength), and, in any body, no Object values. Reads only the JSON it is given.
 */
final class SubmittedVariables {

    /** What Tasklist sends for the forms' scalar fields (no type: the REST API infers one from JSON). */
    private static final Set<String> SCALAR_TYPES = Set.of("", "string", "boolean", "integer", "long", "short",
            "double", "date", "null");

    private final ObjectMapper json;

    SubmittedVariables(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The body to hand on: unchanged, or without the read-only fields once they are found unchanged.
     *
     * @param current the values the named read-only fields hold now (null for none)
     */
    byte[] check(FormFields form, JsonNode tree, byte[] body, Function<Set<String>, Map<String, String>> current) {
        if (!(tree instanceof ObjectNode request) || !request.path("variables").isObject()) {
            return body;
        }
        ObjectNode variables = (ObjectNode) request.get("variables");
        Set<String> readOnly = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String name = variable.getKey();
            FormFields.Field field = form.get(name);
            if (field == null) {
                throw Refusal.field(name, FIELD_UNKNOWN);
            }
            checkValue(field, variable.getValue());
            if (field.readOnly()) {
                readOnly.add(name);
            }
        }
        if (readOnly.isEmpty()) {
            return body;
        }
        Map<String, String> stored = current.apply(readOnly);
        for (String name : readOnly) {
            JsonNode value = variables.get(name).path("value");
            String sent = value.isNull() || value.isMissingNode() ? null : value.asText();
            String was = stored.get(name);
            if (!(empty(sent) && empty(was)) && !Objects.equals(sent, was)) {
                throw Refusal.field(name, FIELD_READ_ONLY);
            }
        }
        // unchanged: shown to the person, never written back
        readOnly.forEach(variables::remove);
        try {
            return json.writeValueAsBytes(request);
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static boolean empty(String value) {
        return value == null || value.isEmpty();
    }

    private static void checkValue(FormFields.Field field, JsonNode dto) {
        String name = field.key();
        if (!dto.isObject()) {
            throw Refusal.field(name, "nilai isian tidak dapat dibaca.");
        }
        String type = dto.path("type").asText("").toLowerCase(Locale.ROOT);
        JsonNode value = dto.path("value");
        boolean json = "json".equals(type) && field.list() && (value.isTextual() || value.isNull());
        if (!json && (!SCALAR_TYPES.contains(type) || value.isContainerNode())) {
            throw Refusal.field(name, "jenis data " + (type.isEmpty() ? "objek" : dto.path("type").asText())
                    + " tidak diterima untuk isian ini.");
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (text.codePointCount(0, text.length()) > (json ? 20 * FormFields.DEFAULT_MAX_LENGTH
                    : field.maxLength())) {
                throw Refusal.field(name, "terlalu panjang (paling banyak " + field.maxLength() + " karakter).");
            }
            if (hasControlCharacter(text)) {
                throw Refusal.field(name, FIELD_CONTROL);
            }
        }
    }

    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** Any value typed Object or carrying a serialization format: the engine would instantiate its class. */
    static void refuseObjectValues(JsonNode node) {
        refuseObjectValues(node, null);
    }

    private static void refuseObjectValues(JsonNode node, String name) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            JsonNode info = node.get("valueInfo");
            boolean object = type != null && type.isTextual() && "object".equalsIgnoreCase(type.asText());
            boolean serialized = info != null && info.isObject()
                    && (info.has("objectTypeName") || info.has("serializationDataFormat"));
            if ((object || serialized) && (node.has("value") || info != null)) {
                throw Refusal.field(name == null ? "variabel" : name, "jenis data Object (objek Java atau JSON"
                        + " yang dibentuk menjadi kelas) tidak diterima.");
            }
            node.fields().forEachRemaining(f -> refuseObjectValues(f.getValue(), f.getKey()));
        } else if (node.isArray()) {
            node.forEach(n -> refuseObjectValues(n, name));
        }
    }
}
