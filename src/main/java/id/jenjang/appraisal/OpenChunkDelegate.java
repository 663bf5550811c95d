package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** One page of a lane of a cycle opening; the BPMN loops back here until the lane's range is exhausted. */
@Component
public class OpenChunkDelegate implements JavaDelegate {

    private final CycleOpening opening;
    private final CycleScope scope;
    private final CycleRepository cycles;

    public OpenChunkDelegate(CycleOpening opening, CycleScope scope, CycleRepository cycles) {
        this.opening = opening;
        this.scope = scope;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Period period = Period.parse(PERIOD.get(execution)).orElseThrow();
        String unitCode = UNIT_CODE.get(execution);
        String key = execution.getProcessBusinessKey();
        var settings = new CycleOpening.CycleSettings(key, period, unitCode, scope.units(unitCode),
                SELF_ASSESSMENT_DUE.get(execution), RATING_DUE.get(execution));
        CycleOpening.Page page = opening.openPage(settings, LAST_NIP.get(execution), LANE_UP_TO_NIP.get(execution));
        LAST_NIP.set(execution, page.lastNip());
        LANE_STARTED.set(execution, LANE_STARTED.get(execution) + page.startedNow());
        LANE_DONE.set(execution, page.done());
        addToProgressAtCommit(key, page.startedNow());
    }

    /**
     * The other lanes update the same progress row: written just before the commit, after the engine's flush,
     * the row stays locked for a moment instead of the whole flush of a page.
     */
    private void addToProgressAtCommit(String key, int startedNow) {
        if (startedNow == 0) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cycles.addStarted(key, startedNow);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                cycles.addStarted(key, startedNow);
            }
        });
    }
}
