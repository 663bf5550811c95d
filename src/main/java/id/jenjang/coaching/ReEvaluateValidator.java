package id.jenjang.coaching;

import id.jenjang.appraisal.Rating;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The re-evaluation after the coaching period: the same two ratings as an appraisal, and a note. */
@Component
public class ReEvaluateValidator implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CoachingRules.choice(execution, "hasilKerja", Rating.class);
        CoachingRules.choice(execution, "perilakuKerja", Rating.class);
        CoachingRules.text(execution, "reEvaluationNote", 4000);
    }
}
