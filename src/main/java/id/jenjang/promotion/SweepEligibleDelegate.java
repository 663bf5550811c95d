package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionSweepProcess.Variables.*;

import id.jenjang.process.Var;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One page of the monthly sweep ({@link PromotionSweep}); the BPMN loops back here until the employees are
 * exhausted. Adds the page's counts to {@code checked}, {@code opened} and {@code notAssessable} on the sweep's
 * instance, so Cockpit shows the progress, and moves the cursor {@code lastNip}: all in the page's transaction,
 * so a rolled-back page leaves counts and cursor as they were.
 */
@Component
public class SweepEligibleDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SweepEligibleDelegate.class);

    private final PromotionSweep sweep;
    private final Clock clock;

    public SweepEligibleDelegate(PromotionSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        PromotionSweep.Page page = sweep.sweepPage(LAST_NIP.get(execution), today);
        int checked = total(execution, CHECKED, page.checked());
        int opened = total(execution, OPENED, page.opened());
        int notAssessable = total(execution, NOT_ASSESSABLE, page.notAssessable());
        total(execution, PAGES, 1);
        LAST_NIP.set(execution, page.lastNip());
        SWEEP_DONE.set(execution, page.done());
        afterCommit(() -> {
            log.debug("Promotion sweep page up to NIP {}: {} read, {} opened", page.lastNip(), page.read(),
                    page.opened());
            if (page.done()) {
                log.info("Promotion sweep {} for period {}: {} employees checked, {} cases opened, {} not assessable"
                        + " yet", today, KpPeriod.forNomination(today), checked, opened, notAssessable);
            }
        });
    }

    /** A page that loses to a second run of itself rolls back: only what committed is worth a log line. */
    private static void afterCommit(Runnable report) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            report.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                report.run();
            }
        });
    }

    private static int total(DelegateExecution execution, Var<Integer> count, int added) {
        Integer before = count.get(execution);
        int now = (before == null ? 0 : before) + added;
        count.set(execution, now);
        return now;
    }
}
