package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decisions of the human steps: each validated on submission (end of the user task, so a bad answer keeps
 * the task open with HTTP 400) and appended to the case's hash-chained trail with its reason.
 */
@Configuration
public class StepValidators {

    private final PromotionAuditLog audit;
    private final PromotionCaseRepository cases;

    public StepValidators(PromotionAuditLog audit, PromotionCaseRepository cases) {
        this.audit = audit;
        this.cases = cases;
    }

    private ExecutionListener onSubmit(java.util.function.Consumer<DelegateExecution> step) {
        return execution -> {
            if (!execution.isCanceled()) {
                step.accept(execution);
            }
        };
    }

    private void record(DelegateExecution execution, PromotionStep step, String decision, String reason,
            Map<String, Object> payload) {
        audit.append(execution.getProcessInstanceId(), step.name(), PromotionFacts.actor(), decision, reason, payload);
    }

    /**
     * Each TPK member's answer stays in that member's own task: without this, the first vote would be a process
     * variable and Tasklist would show it pre-filled to the next member.
     */
    @Bean
    ExecutionListener voteScope() {
        return execution -> {
            if (execution.getVariableLocal(VOTER.name()) != null) {
                execution.setVariableLocal(VOTE.name(), null);
                execution.setVariableLocal(VOTE_REASON.name(), null);
            }
        };
    }

    @Bean
    ExecutionListener verificationValidator() {
        return onSubmit(execution -> {
            boolean verified = PromotionValidation.yesNo(execution, VERIFIED.name());
            String note = PromotionValidation.text(execution, VERIFICATION_NOTE.name());
            record(execution, PromotionStep.VERIFICATION, verified ? "Berkas lengkap" : "Berkas dikembalikan", note,
                    Map.of());
            if (verified) {
                cases.updateStatus(execution.getProcessInstanceId(), PromotionStatus.TPK);
            }
        });
    }

    @Bean
    ExecutionListener fixNominationValidator() {
        return onSubmit(execution -> {
            String reason = PromotionValidation.text(execution, NOMINATION_REASON.name());
            String fix = PromotionValidation.text(execution, "fixNote");
            record(execution, PromotionStep.NOMINATION_FIXED, "Usulan diperbaiki", fix, Map.of("nominationReason",
                    reason));
        });
    }

    @Bean
    ExecutionListener sekdaValidator() {
        return onSubmit(execution -> {
            boolean recommended = PromotionValidation.yesNo(execution, RECOMMENDED.name());
            String note = PromotionValidation.text(execution, RECOMMENDATION_NOTE.name());
            record(execution, PromotionStep.SEKDA, recommended ? "Direkomendasikan" : "Tidak direkomendasikan", note,
                    Map.of());
            if (!recommended) {
                REJECTION_STEP.set(execution, "Rekomendasi Sekda");
                REJECTION_REASON.set(execution, note);
            } else {
                cases.updateStatus(execution.getProcessInstanceId(), PromotionStatus.PPK);
            }
        });
    }

    @Bean
    ExecutionListener ppkValidator() {
        return onSubmit(execution -> {
            boolean approved = PromotionValidation.yesNo(execution, APPROVED.name());
            String note = PromotionValidation.text(execution, DECISION_NOTE.name());
            record(execution, PromotionStep.PPK, approved ? "Disetujui" : "Ditolak", note, Map.of());
            if (!approved) {
                REJECTION_STEP.set(execution, "Keputusan PPK");
                REJECTION_REASON.set(execution, note);
            }
        });
    }

    @Bean
    ExecutionListener reviewObjectionValidator() {
        return onSubmit(execution -> {
            String outcome = PromotionValidation.oneOf(execution, OBJECTION_OUTCOME.name(), "DISMISSED", "SUSTAINED");
            String note = PromotionValidation.text(execution, OBJECTION_NOTE.name());
            record(execution, PromotionStep.OBJECTION_REVIEW, "SUSTAINED".equals(outcome)
                    ? "Sanggahan diterima: kembali ke PPK" : "Sanggahan ditolak", note, Map.of());
            cases.updateStatus(execution.getProcessInstanceId(), "SUSTAINED".equals(outcome) ? PromotionStatus.PPK
                    : PromotionStatus.ANNOUNCED);
            OBJECTION_OUTCOME.set(execution, outcome);
            if (!"SUSTAINED".equals(outcome)) {
                // a dismissed objection waits again for the rest of the recorded window: the timer created right
                // after reads this variable, so it is set from the record, not left as the reviewer sent it
                OBJECTION_WINDOW_ENDS.set(execution, cases.objectionWindowEnds(execution.getProcessInstanceId()));
            }
        });
    }

    @Bean
    ExecutionListener decreeValidator() {
        return onSubmit(execution -> {
            PromotionValidation.text(execution, SK_NUMBER.name());
            String date = PromotionValidation.text(execution, SK_DATE.name());
            try {
                java.time.LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new id.jenjang.process.FormValidation(SK_DATE.name(), "tanggal '" + date
                        + "' tidak valid; gunakan YYYY-MM-DD");
            }
        });
    }
}
