package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * All lanes are through: the cycle's count from the record, and its status moves on (rating or calibration).
 * Whether the cycle is annual comes from the cycle record and is set again for the gateway right after: the
 * opening ran in jobs, and a variable changed meanwhile must not skip calibration.
 */
@Component
public class FinishOpeningDelegate implements JavaDelegate {

    private final CycleRepository cycles;
    private final AppraisalRepository appraisals;

    public FinishOpeningDelegate(CycleRepository cycles, AppraisalRepository appraisals) {
        this.cycles = cycles;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        boolean annual = cycles.find(key).orElseThrow(() -> new IllegalStateException("no cycle " + key)).annual();
        ANNUAL.set(execution, annual);
        int started = appraisals.countInCycle(key);
        STARTED.set(execution, started);
        OPENING_DONE.set(execution, true);
        cycles.progress(key, started, annual ? "RATING" : "OPEN");
    }
}
