package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.process.FormValidation;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * One TPK member's vote: APPROVE or REJECT with a reason, by the member the task belongs to. Each vote is
 * appended to the trail at once; the tally counts the trail, not process variables that voters share.
 */
@Component
public class TpkVoteValidator implements ExecutionListener {

    /** A vote's decision on the trail: the words people read there, the code goes into the payload. */
    static final String APPROVE = "Setuju";
    static final String REJECT = "Tidak setuju";

    private final PromotionAuditLog audit;

    public TpkVoteValidator(PromotionAuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled() || execution.getVariableLocal(VOTER.name()) == null) {
            return;
        }
        String voter = execution.getVariableLocal(VOTER.name()).toString();
        String actor = Context.getCommandContext().getAuthenticatedUserId();
        if (actor != null && !actor.equals(voter)) {
            throw new FormValidation(VOTE.name(), "hanya " + voter + " yang boleh memberikan suara ini");
        }
        String vote = PromotionValidation.oneOf(execution, VOTE.name(), "APPROVE", "REJECT");
        String reason = PromotionValidation.text(execution, VOTE_REASON.name());
        audit.append(execution.getProcessInstanceId(), PromotionStep.TPK_VOTE.name(), voter,
                "APPROVE".equals(vote) ? APPROVE : REJECT, reason, Map.of("vote", vote));
    }

    /**
     * Whether a TPK_VOTE entry approves, read the way {@link #notify} writes it. The tally and the public board
     * both ask here, so they cannot count differently (the board once counted codes that no vote carries and
     * showed "0 setuju, 0 tidak setuju" beside five approving votes).
     */
    static boolean approves(AuditEntry vote) {
        return APPROVE.equals(vote.decision());
    }
}
