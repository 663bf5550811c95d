package id.jenjang.appraisal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.process.FormValidation;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code adjustments} variable as it arrives: JSON text from a REST client, a JSON value from a Tasklist
 * dynamic list, or a list. All become {nip, predikat, reason} entries.
 */
@Component
public class CalibrationAdjustments {

    public record Adjustment(String nip, String predikat, String reason) {
    }

    private final ObjectMapper json;

    public CalibrationAdjustments(ObjectMapper json) {
        this.json = json;
    }

    public List<Adjustment> read(Object value) {
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        try {
            String text = value instanceof String s ? s
                    : value instanceof List<?> || value instanceof Map<?, ?> ? json.writeValueAsString(value)
                    : value.toString();
            List<Map<String, Object>> raw = json.readValue(text, new TypeReference<>() { });
            return raw.stream().map(m -> new Adjustment(str(m.get("nip")), str(m.get("predikat")), str(m.get("reason"))))
                    .toList();
        } catch (Exception e) {
            throw new FormValidation("adjustments", "harus berupa daftar JSON {nip, predikat, reason}: "
                    + e.getMessage());
        }
    }

    public String write(List<Adjustment> adjustments) {
        try {
            return json.writeValueAsString(adjustments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString().trim();
    }
}
