package id.jenjang.coaching;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The two end-of-coaching questionnaires of PermenPANRB 6/2022: the employee's feedback on coaching (format
 * B.1.8, nine statements {@code feedback1..9}) and the leader's competency evaluation (format B.1.9,
 * {@code competency1..n}), each scored 1-5. The user task the listener sits on tells which one it is.
 */
@Component
public class FeedbackValidator implements ExecutionListener {

    static final int FEEDBACK_ITEMS = 9;

    private final CoachingRepository cases;
    private final ObjectMapper json;

    public FeedbackValidator(CoachingRepository cases, ObjectMapper json) {
        this.cases = cases;
        this.json = json;
    }

    @Override
    public void notify(DelegateExecution execution) throws Exception {
        if (execution.isCanceled()) {
            return;
        }
        boolean feedback = "Task_CoachingFeedback".equals(execution.getCurrentActivityId());
        String prefix = feedback ? "feedback" : "competency";
        Map<String, Object> answers = new LinkedHashMap<>();
        int items = feedback ? FEEDBACK_ITEMS : competencyItems(execution);
        for (int i = 1; i <= items; i++) {
            answers.put(prefix + i, CoachingRules.score(execution, prefix + i));
        }
        Object comment = execution.getVariable(feedback ? "feedbackComment" : "competencyNote");
        answers.put("comment", comment == null ? null : comment.toString());
        cases.update(execution.getProcessBusinessKey(), (feedback ? "feedback" : "competency") + " = ?",
                json.writeValueAsString(answers));
    }

    /** The competency form decides how many items it asks; at least one must be answered. */
    private static int competencyItems(DelegateExecution execution) {
        int n = 0;
        while (execution.hasVariable("competency" + (n + 1))) {
            n++;
        }
        return Math.max(n, 1);
    }
}
