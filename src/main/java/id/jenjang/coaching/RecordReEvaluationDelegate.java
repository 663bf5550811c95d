package id.jenjang.coaching;

import id.jenjang.appraisal.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the re-evaluation and the predikat the same {@code predikat-kinerja} decision gave it. */
@Component
public class RecordReEvaluationDelegate implements JavaDelegate {

    private final CoachingRepository cases;

    public RecordReEvaluationDelegate(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String predikat = execution.getVariable("predikat").toString();
        cases.update(execution.getProcessBusinessKey(), "re_eval_hasil_kerja = ?, re_eval_perilaku_kerja = ?,"
                        + " re_eval_predikat = ?, re_eval_note = ?, status = 'RE_EVALUATED'",
                execution.getVariable("hasilKerja"), execution.getVariable("perilakuKerja"), predikat,
                execution.getVariable("reEvaluationNote"));
        execution.setVariable("reEvaluatedPredikatLabel", Predikat.valueOf(predikat).label());
        execution.setVariable("improved", Predikat.valueOf(predikat).atLeastBaik());
    }
}
