package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Eligibility from the rules (DMN promotion-eligibility) and the master data, every criterion on record in the
 * trail; {@code eligible} is set from that result for the gateway right after, in the same transaction.
 */
@Component
public class CheckEligibilityDelegate implements JavaDelegate {

    private final EligibilityService eligibility;
    private final PromotionFacts facts;
    private final PromotionAuditLog audit;
    private final PromotionCaseRepository cases;
    private final Clock clock;

    public CheckEligibilityDelegate(EligibilityService eligibility, PromotionFacts facts, PromotionAuditLog audit,
            PromotionCaseRepository cases, Clock clock) {
        this.eligibility = eligibility;
        this.facts = facts;
        this.audit = audit;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // candidate, type and target as registered in promotion_case, not as the variables say now
        PromotionCase registered = cases.find(execution.getProcessInstanceId()).orElseThrow(
                () -> new IllegalStateException("No promotion case " + execution.getProcessInstanceId()));
        PromotionType type = PromotionType.valueOf(registered.promotionType());
        EligibilityResult result = eligibility.evaluate(registered.nip(), type,
                type == PromotionType.JABATAN ? null : registered.target(),
                type == PromotionType.JABATAN ? registered.target() : null, LocalDate.now(clock));
        String json = eligibility.reasonsJson(result);
        ELIGIBLE.set(execution, result.eligible());
        ELIGIBILITY_REASONS.set(execution, json);
        execution.setVariable("eligibilitySummary", PromotionText.criteria(result));
        audit.append(execution.getProcessInstanceId(), PromotionStep.ELIGIBILITY.name(), PromotionProcess.SYSTEM_NOMINATOR,
                result.eligible() ? "Memenuhi syarat" : "Tidak memenuhi syarat", PromotionText.failed(result),
                Map.of("criteria", json, "decisionKey", result.rule().decisionKey(),
                        "decisionVersion", result.rule().decisionVersion(), "versionTag", result.rule().versionTag()));
        if (!result.eligible()) {
            cases.markEnded(execution.getProcessInstanceId(), PromotionStatus.NOT_ELIGIBLE);
            REJECTION_STEP.set(execution, "Pemeriksaan syarat");
            REJECTION_REASON.set(execution, PromotionText.failed(result));
        } else {
            cases.updateStatus(execution.getProcessInstanceId(), PromotionStatus.VERIFICATION);
        }
    }
}
