package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A low predikat starts a coaching case {@code <nip>:<period>} with the rater as coach. Runs after an async
 * boundary: should the coaching model be missing or broken, the appraisal result is already stored and
 * Cockpit shows an incident here to retry. Predikat and coach come from the final appraisal record.
 */
@Component
public class StartCoachingDelegate implements JavaDelegate {

    public static final String COACHING_KEY = "performance-coaching";

    private final RuntimeService runtimeService;
    private final AppraisalRepository appraisals;

    public StartCoachingDelegate(RuntimeService runtimeService, AppraisalRepository appraisals) {
        this.runtimeService = runtimeService;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        // the job waits between the result and here: read the final result, not the variables, which could change
        AppraisalRecord stored = appraisals.require(key.nip(), key.period());
        if (stored.status() != AppraisalStatus.FINAL || Predikat.valueOf(stored.predikat()).atLeastBaik()) {
            return;
        }
        String businessKey = EmployeeAppraisalProcess.businessKey(key.nip(), key.period());
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(COACHING_KEY)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        runtimeService.startProcessInstanceByKey(COACHING_KEY, businessKey, Map.of(
                "nip", key.nip(),
                "coachNip", stored.raterNip(),
                "period", key.period(),
                "appraisalPredikat", stored.predikat(),
                EMPLOYEE_NAME.name(), EMPLOYEE_NAME.get(execution)));
    }
}
