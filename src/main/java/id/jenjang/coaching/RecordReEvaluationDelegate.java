package id.jenjang.coaching;

import id.jenjang.appraisal.Predikat;
import id.jenjang.appraisal.PredikatDecision;
import id.jenjang.appraisal.Rating;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the re-evaluation and the predikat the same {@code predikat-kinerja} decision gives the two ratings,
 * decided here again from the ratings stored: a {@code predikat} or {@code improved} sent with the form counts
 * for nothing. The variables are set from the stored result for the gateway "Membaik?" right after.
 */
@Component
public class RecordReEvaluationDelegate implements JavaDelegate {

    private final CoachingRepository cases;
    private final PredikatDecision decision;

    private final Clock clock;

    public RecordReEvaluationDelegate(CoachingRepository cases, PredikatDecision decision, Clock clock) {
        this.cases = cases;
        this.decision = decision;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Rating hasil = CoachingRules.choice(execution, "hasilKerja", Rating.class);
        Rating perilaku = CoachingRules.choice(execution, "perilakuKerja", Rating.class);
        // the re-evaluation judges performance now, at the end of coaching: the rule in force today
        PredikatDecision.Decided decided = decision.decide(hasil, perilaku, LocalDate.now(clock));
        Predikat predikat = decided.predikat();
        cases.update(execution.getProcessBusinessKey(), "re_eval_hasil_kerja = ?, re_eval_perilaku_kerja = ?,"
                        + " re_eval_predikat = ?, re_eval_note = ?, status = 'RE_EVALUATED', re_eval_decision_key = ?,"
                        + " re_eval_decision_version = ?, re_eval_version_tag = ?",
                hasil.name(), perilaku.name(), predikat.name(), execution.getVariable("reEvaluationNote"),
                decided.version().decisionKey(), decided.version().decisionVersion(), decided.version().versionTag());
        execution.setVariable("predikat", predikat.name());
        execution.setVariable("reEvaluatedPredikatLabel", predikat.label());
        execution.setVariable("improved", predikat.atLeastBaik());
    }
}
