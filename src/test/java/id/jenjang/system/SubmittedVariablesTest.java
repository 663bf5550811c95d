package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.system.RestSurfaceAnswers.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The check of a completion's variables against its form, without the engine: only the JSON it is given. */
class SubmittedVariablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SubmittedVariables CHECK = new SubmittedVariables(JSON);

    /** A form with a free text (maxLength 10), a read-only note, and a checklist. */
    private static final String FORM = """
            {"components": [
              {"key": "reason", "type": "textarea", "validate": {"maxLength": 10}},
              {"key": "note", "type": "textfield", "readonly": true},
              {"key": "choices", "type": "checklist"}
            ]}""";

    private static byte[] check(String variables, Map<String, String> stored) throws Exception {
        JsonNode tree = JSON.readTree("{\"variables\": " + variables + "}");
        byte[] body = JSON.writeValueAsBytes(tree);
        Function<Set<String>, Map<String, String>> current = names -> {
            Map<String, String> values = new HashMap<>();
            names.forEach(n -> values.put(n, stored.get(n)));
            return values;
        };
        return CHECK.check(FormFields.of(JSON.readTree(FORM)), tree, body, current);
    }

    private static Refusal refusal(String variables) {
        return (Refusal) catchThrowable(() -> check(variables, Map.of()));
    }

    @Test
    void aFieldOfTheFormPassesUnchanged() throws Exception {
        String variables = "{\"reason\": {\"value\": \"cukup\", \"type\": \"String\"}}";
        byte[] checked = check(variables, Map.of());

        assertThat(JSON.readTree(checked)).isEqualTo(JSON.readTree("{\"variables\": " + variables + "}"));
    }

    @Test
    void aFieldOfNoFormIsRefusedNamingIt() {
        Refusal refused = refusal("{\"predikat\": {\"value\": \"SANGAT_BAIK\"}}");

        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.getMessage()).isEqualTo("predikat: " + RestSurfaceAnswers.FIELD_UNKNOWN);
    }

    @Test
    void aReadOnlyFieldIsRefusedChangedAndDroppedUnchanged() throws Exception {
        assertThatThrownBy(() -> check("{\"note\": {\"value\": \"diubah\"}}", Map.of("note", "asli")))
                .isInstanceOf(Refusal.class).hasMessage("note: " + RestSurfaceAnswers.FIELD_READ_ONLY);

        byte[] checked = check("{\"note\": {\"value\": \"asli\"}, \"reason\": {\"value\": \"ya\"}}",
                Map.of("note", "asli"));
        assertThat(JSON.readTree(checked).path("variables").has("note")).isFalse();
        assertThat(JSON.readTree(checked).path("variables").has("reason")).isTrue();
    }

    @Test
    void anEmptyReadOnlyFieldMatchesAnUnsetOne() throws Exception {
        byte[] checked = check("{\"note\": {\"value\": \"\"}}", Map.of());

        assertThat(JSON.readTree(checked).path("variables").size()).isZero();
    }

    @Test
    void aTextOverTheFieldsMaxLengthOrWithAControlCharacterIsRefused() {
        assertThat(refusal("{\"reason\": {\"value\": \"sebelas kar\"}}").getMessage())
                .isEqualTo("reason: terlalu panjang (paling banyak 10 karakter).");
        assertThat(refusal("{\"reason\": {\"value\": \"nol\\u0000\"}}").getMessage())
                .isEqualTo("reason: " + RestSurfaceAnswers.FIELD_CONTROL);
    }

    @Test
    void onlyScalarTypesAreTakenAndJsonOnlyForAListField() throws Exception {
        assertThat(refusal("{\"reason\": {\"value\": {\"a\": 1}}}").getMessage())
                .isEqualTo("reason: jenis data objek tidak diterima untuk isian ini.");
        assertThat(refusal("{\"reason\": {\"value\": \"[]\", \"type\": \"Json\"}}").getMessage())
                .isEqualTo("reason: jenis data Json tidak diterima untuk isian ini.");
        assertThat(refusal("{\"reason\": \"cukup\"}").getMessage())
                .isEqualTo("reason: nilai isian tidak dapat dibaca.");

        check("{\"choices\": {\"value\": \"[\\\"a\\\"]\", \"type\": \"Json\"}}", Map.of());
    }

    @Test
    void aBodyWithoutVariablesIsHandedOnAsItCame() throws Exception {
        byte[] body = "{\"withVariablesInReturn\": true}".getBytes(StandardCharsets.UTF_8);

        assertThat(CHECK.check(FormFields.NONE, JSON.readTree(body), body, names -> Map.of())).isSameAs(body);
    }

    @Test
    void anObjectValueIsRefusedAnywhereInABodyNamingTheVariable() throws Exception {
        JsonNode typed = JSON.readTree("{\"modifications\": {\"x\": {\"type\": \"Object\", \"value\": \"rO0\"}}}");
        JsonNode serialized = JSON.readTree("[{\"variables\": {\"y\": {\"value\": \"{}\","
                + " \"valueInfo\": {\"objectTypeName\": \"java.lang.ProcessBuilder\"}}}}]");

        assertThatThrownBy(() -> SubmittedVariables.refuseObjectValues(typed)).isInstanceOf(Refusal.class)
                .hasMessageStartingWith("x: jenis data Object");
        assertThatThrownBy(() -> SubmittedVariables.refuseObjectValues(serialized)).isInstanceOf(Refusal.class)
                .hasMessageStartingWith("y: jenis data Object");
        SubmittedVariables.refuseObjectValues(JSON.readTree("{\"variables\": {\"z\": {\"value\": \"Object\"}}}"));
    }
}
