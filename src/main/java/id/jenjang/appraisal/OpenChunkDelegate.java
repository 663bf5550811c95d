package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One page of a cycle opening; the BPMN loops back here until the scope is exhausted. */
@Component
public class OpenChunkDelegate implements JavaDelegate {

    private final CycleOpening opening;
    private final CycleScope scope;
    private final CycleRepository cycles;
    private final AppraisalRepository appraisals;

    public OpenChunkDelegate(CycleOpening opening, CycleScope scope, CycleRepository cycles,
            AppraisalRepository appraisals) {
        this.opening = opening;
        this.scope = scope;
        this.cycles = cycles;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Period period = Period.parse(PERIOD.get(execution)).orElseThrow();
        String unitCode = UNIT_CODE.get(execution);
        String key = execution.getProcessBusinessKey();
        var settings = new CycleOpening.CycleSettings(key, period, unitCode, scope.units(unitCode),
                SELF_ASSESSMENT_DUE.get(execution), RATING_DUE.get(execution));
        CycleOpening.Page page = opening.openPage(settings, LAST_NIP.get(execution));
        int started = appraisals.countInCycle(key);
        LAST_NIP.set(execution, page.lastNip());
        STARTED.set(execution, started);
        OPENING_DONE.set(execution, page.done());
        cycles.progress(key, started, page.done() ? (period.annual() ? "RATING" : "OPEN") : "OPENING");
    }
}
