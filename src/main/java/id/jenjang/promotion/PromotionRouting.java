package id.jenjang.promotion;

import id.jenjang.appraisal.Durations;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Time rules the promotion BPMN reads by expression, configurable without a code change: each human step's
 * due date, the SLA timer (remind at the due date, escalate one period later) and the monthly sweep.
 */
@Component
public class PromotionRouting {

    private final Clock clock;
    private final String stepSla;
    private final String sweepCycle;

    public PromotionRouting(Clock clock, @Value("${jenjang.promotion.step-sla:P5D}") String stepSla,
            @Value("${jenjang.promotion.sweep-cycle:0 0 1 1 * ?}") String sweepCycle) {
        if (!Durations.valid(stepSla)) {
            throw new IllegalArgumentException("jenjang.promotion.step-sla is no ISO-8601 duration: " + stepSla);
        }
        this.clock = clock;
        this.stepSla = stepSla;
        this.sweepCycle = sweepCycle;
    }

    public Date dueDate(DelegateExecution execution) {
        return Durations.plus(Date.from(clock.instant()), stepSla, clock.getZone());
    }

    /** Two firings: the reminder at the due date, the escalation one SLA period later. */
    public String slaCycle() {
        return "R2/" + stepSla;
    }

    /** Quartz cron: 01:00 on the 1st of every month, the BKN promotion periods (Peraturan BKN 4/2025). */
    public String sweepCycle() {
        return sweepCycle;
    }
}
