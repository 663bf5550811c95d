package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.appraisal.Durations;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Approved: the case and its whole trail go public, and the objection window starts. Its length is Jenjang's
 * configuration ({@code jenjang.promotion.objection-window}, default P7D), never a process variable: a TPK
 * member or anyone else with a task on the case could otherwise have shortened the public's window to a second.
 * The end is recorded in promotion_case; the timer and the board read that record.
 */
@Component
public class AnnounceDelegate implements JavaDelegate {

    private final PromotionCaseRepository cases;
    private final PromotionAuditLog audit;
    private final Clock clock;
    private final String window;

    public AnnounceDelegate(PromotionCaseRepository cases, PromotionAuditLog audit, Clock clock,
            @Value("${jenjang.promotion.objection-window:P7D}") String window) {
        if (!Durations.valid(window)) {
            throw new IllegalArgumentException("jenjang.promotion.objection-window '" + window
                    + "' is no ISO-8601 duration (e.g. P7D)");
        }
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.window = window;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date ends = Durations.plus(Date.from(clock.instant()), window, clock.getZone());
        cases.markAnnounced(execution.getProcessInstanceId(), ends.toInstant());
        // the timer right after reads this variable; set from the record just written, in the same transaction
        OBJECTION_WINDOW.set(execution, window);
        OBJECTION_WINDOW_ENDS.set(execution, cases.objectionWindowEnds(execution.getProcessInstanceId()));
        audit.append(execution.getProcessInstanceId(), PromotionStep.ANNOUNCEMENT.name(),
                PromotionProcess.SYSTEM_NOMINATOR, "Diumumkan", "Masa sanggah sampai " + ends.toInstant(),
                Map.of("objectionWindowEnds", ends.toInstant().toString()));
    }
}
