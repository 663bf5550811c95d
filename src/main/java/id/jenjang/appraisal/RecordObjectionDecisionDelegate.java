package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer's decision is final (PP 30/2019 Pasal 59); an upheld objection carries the new predikat. */
@Component
public class RecordObjectionDecisionDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;

    public RecordObjectionDecisionDelegate(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        appraisals.recordObjectionDecision(key.nip(), key.period(), OBJECTION_DECISION.require(execution),
                OBJECTION_NOTE.require(execution), HASIL_KERJA.require(execution).name(),
                PERILAKU_KERJA.require(execution).name(), PREDIKAT.require(execution).name());
    }
}
