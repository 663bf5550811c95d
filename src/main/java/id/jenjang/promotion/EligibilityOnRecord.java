package id.jenjang.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.rules.DecisionVersion;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rule version that judged a case's eligibility, as its trail recorded it: the ELIGIBILITY entry that
 * {@link CheckEligibilityDelegate} appended, covered by the chain's hash. Later steps (the decree) take the
 * version from here, never from {@code eligibilityReasons} or another process variable, which an administrator's
 * repair or custom code could have changed since.
 */
@Component
class EligibilityOnRecord {

    private final PromotionAuditLog audit;
    private final ObjectMapper json;

    EligibilityOnRecord(PromotionAuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /**
     * The decision key, version and versionTag of the case's last ELIGIBILITY entry; empty when the case has none
     * or was judged before versions were recorded (V11), whose entry names none.
     */
    Optional<DecisionVersion> rule(String processInstanceId) {
        return audit.entries(processInstanceId).stream()
                .filter(e -> PromotionStep.ELIGIBILITY.name().equals(e.step()))
                .reduce((first, second) -> second)
                .flatMap(this::version);
    }

    private Optional<DecisionVersion> version(AuditEntry entry) {
        JsonNode payload;
        try {
            payload = json.readTree(entry.payload());
        } catch (JsonProcessingException e) {
            // a payload that is no JSON was changed in the database: the chain shows that; the decree names no
            // version rather than one read from a damaged entry
            return Optional.empty();
        }
        JsonNode key = payload.path("decisionKey");
        JsonNode version = payload.path("decisionVersion");
        JsonNode tag = payload.path("versionTag");
        if (!key.isTextual() || !version.canConvertToInt() || !version.isIntegralNumber() || !tag.isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new DecisionVersion(key.asText(), version.intValue(), tag.asText()));
    }
}
