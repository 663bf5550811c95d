package id.jenjang.appraisal;

import id.jenjang.employee.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Routing the BPMN asks for by expression, e.g. {@code ${appraisalRouting.reviewerGroups(execution)}}: a
 * rater at the top of the tree (a department head rated by the Sekda) has no supervisor, and then the PPK
 * judges objections (domain rules §1).
 */
@Component
public class AppraisalRouting {

    private final AppraisalRepository appraisals;

    public AppraisalRouting(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    /** The units of a cycle whose results are calibrated, one parallel branch each. */
    public List<String> calibrationUnits(DelegateExecution execution) {
        return appraisals.calibrationUnits(execution.getProcessBusinessKey());
    }

    public List<String> reviewerGroups(DelegateExecution execution) {
        return EmployeeAppraisalProcess.Variables.REVIEWER_NIP.get(execution) == null ? List.of(Groups.PPK)
                : List.of();
    }
}
