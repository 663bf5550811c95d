package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class RecordPlanDelegate implements JavaDelegate {

    private final CoachingRepository cases;

    public RecordPlanDelegate(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String mentor = MENTOR_NIP.get(execution);
        cases.update(execution.getProcessBusinessKey(), "coaching_goals = ?, development_actions = ?, mentor_nip = ?,"
                        + " plan_agreed_at = ?, status = 'PLAN_AGREED'", COACHING_GOALS.require(execution).trim(),
                DEVELOPMENT_ACTIONS.require(execution).trim(), mentor == null || mentor.isBlank() ? null : mentor.trim(),
                CoachingRepository.now());
    }
}
