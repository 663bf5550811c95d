package id.jenjang.notification;

import id.jenjang.appraisal.Predikat;
import id.jenjang.appraisal.Rating;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a template may use: the process's plain variables (text, dates in Indonesian, labels for the coded
 * values) and links to Tasklist. Objects and lists are left out: they do not belong in a mail.
 */
@Component
public class MailParameters {

    private final String baseUrl;
    private final String zone;

    public MailParameters(@Value("${jenjang.base-url:http://localhost:8080}") String baseUrl,
            @Value("${jenjang.time-zone:Asia/Jakarta}") String zone) {
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    public Map<String, String> from(VariableScope scope) {
        Map<String, String> params = new HashMap<>();
        scope.getVariables().forEach((name, value) -> {
            if (value instanceof String || value instanceof Boolean || value instanceof Number) {
                params.put(name, value.toString());
            } else if (value instanceof Date date) {
                params.put(name, format(date));
            }
        });
        label(params, "predikat", Predikat.class);
        label(params, "hasilKerja", Rating.class);
        label(params, "perilakuKerja", Rating.class);
        if (params.containsKey("objectionDecision")) {
            params.put("objectionDecisionLabel", "UPHELD".equals(params.get("objectionDecision"))
                    ? "Keberatan diterima; nilai diubah" : "Keberatan ditolak; nilai tetap");
        }
        params.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/default/");
        return params;
    }

    public String format(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));
        format.setTimeZone(TimeZone.getTimeZone(zone));
        return format.format(date);
    }

    private static <E extends Enum<E>> void label(Map<String, String> params, String name, Class<E> type) {
        String value = params.get(name);
        if (value == null) {
            return;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                params.put(name + "Label", constant instanceof Predikat p ? p.label() : ((Rating) constant).label());
            }
        }
    }
}
