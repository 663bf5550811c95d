package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The input fields of a Camunda Form (form-js schema): what a completion of the task may carry. Text views,
 * groups' own keys and option lists (valuesKey) are no input. A field is read-only when the schema says
 * {@code readonly} or {@code disabled} (an expression counts too: it may be true when the form is shown).
 */
record FormFields(Map<String, Field> byKey) {

    /** Safe length of a submitted text when the form sets no validate.maxLength (the forms' own longest). */
    static final int DEFAULT_MAX_LENGTH = 4000;

    /** form-js field types whose value is a list (submitted as Json by Tasklist). */
    private static final Set<String> LIST_TYPES = Set.of("checklist", "taglist");

    record Field(String key, String type, boolean readOnly, int maxLength) {

        boolean list() {
            return LIST_TYPES.contains(type);
        }
    }

    static final FormFields NONE = new FormFields(Map.of());

    static FormFields of(JsonNode schema) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(schema.path("components"), fields);
        return new FormFields(Map.copyOf(fields));
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode c : components) {
            if (c.path("key").isTextual() && !c.path("key").asText().isBlank()) {
                int max = c.path("validate").path("maxLength").asInt(DEFAULT_MAX_LENGTH);
                fields.put(c.get("key").asText(), new Field(c.get("key").asText(), c.path("type").asText(),
                        flag(c.path("readonly")) || flag(c.path("disabled")), max > 0 ? max : DEFAULT_MAX_LENGTH));
            }
            collect(c.path("components"), fields);
        }
    }

    private static boolean flag(JsonNode value) {
        return value.isBoolean() ? value.asBoolean() : value.isTextual() && !value.asText().isBlank();
    }

    Field get(String key) {
        return byKey.get(key);
    }
}
