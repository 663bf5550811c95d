package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.process.FormValidation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Eligibility from the rules (DMN promotion-eligibility) and the master data on the KP period date, every
 * criterion on record in the trail; {@code eligible} is set from that result for the gateway right after, in the
 * same transaction. A case that cannot be judged yet (data missing on that date) is refused at nomination.
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
        LocalDate period = KpPeriod.forNomination(LocalDate.now(clock));
        EligibilityResult result = eligibility.evaluate(registered.nip(), type,
                type == PromotionType.JABATAN ? null : registered.target(),
                type == PromotionType.JABATAN ? registered.target() : null, period);
        if (!result.assessable()) {
            // not a verdict: refuse the nomination (the start rolls back whole, nothing is published) and say
            // what is missing, so the nominator can come back once it is in
            throw new FormValidation(NIP.name(), "belum dapat dinilai untuk periode KP " + period + ": "
                    + PromotionText.missing(result));
        }
        cases.recordKpPeriod(execution.getProcessInstanceId(), period);
        KP_PERIOD.set(execution, period.toString());
        String json = eligibility.reasonsJson(result);
        ELIGIBLE.set(execution, result.eligible());
        ELIGIBILITY_REASONS.set(execution, json);
        execution.setVariable("eligibilitySummary", PromotionText.criteria(result));
        audit.append(execution.getProcessInstanceId(), PromotionStep.ELIGIBILITY.name(), PromotionProcess.SYSTEM_NOMINATOR,
                result.eligible() ? "Memenuhi syarat" : "Tidak memenuhi syarat", PromotionText.failed(result),
                Map.of("criteria", json, "kpPeriod", period.toString(), "decisionKey", result.rule().decisionKey(),
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
