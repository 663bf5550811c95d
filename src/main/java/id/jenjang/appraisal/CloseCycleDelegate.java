package id.jenjang.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit is calibrated: the annual cycle is closed (employees may still be reviewing or objecting). */
@Component
public class CloseCycleDelegate implements JavaDelegate {

    private final CycleRepository cycles;

    public CloseCycleDelegate(CycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.status(execution.getProcessBusinessKey(), "CALIBRATED");
    }
}
