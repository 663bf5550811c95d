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

/** Approved: the case and its whole trail go public, and the objection window starts (default P7D). */
@Component
public class AnnounceDelegate implements JavaDelegate {

    private final PromotionCaseRepository cases;
    private final PromotionAuditLog audit;
    private final Clock clock;
    private final String defaultWindow;

    public AnnounceDelegate(PromotionCaseRepository cases, PromotionAuditLog audit, Clock clock,
            @Value("${jenjang.promotion.objection-window:P7D}") String defaultWindow) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.defaultWindow = defaultWindow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String window = OBJECTION_WINDOW.get(execution);
        window = window == null || window.isBlank() ? defaultWindow : window;
        Date ends = Durations.plus(Date.from(clock.instant()), window, clock.getZone());
        OBJECTION_WINDOW_ENDS.set(execution, ends);
        cases.markAnnounced(execution.getProcessInstanceId(), ends.toInstant());
        audit.append(execution.getProcessInstanceId(), PromotionStep.ANNOUNCEMENT.name(),
                PromotionProcess.SYSTEM_NOMINATOR, "Diumumkan", "Masa sanggah sampai " + ends.toInstant(),
                Map.of("objectionWindowEnds", ends.toInstant().toString()));
    }
}
