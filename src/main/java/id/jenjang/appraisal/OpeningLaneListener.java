package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives a lane of the cycle opening its own NIP range and progress, as variables local to the lane: lanes run
 * at the same time, and a variable two lanes wrote on the process instance would make them collide.
 */
@Component
public class OpeningLaneListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        List<String> bounds = (List<String>) OPENING_LANES.require(execution);
        // set by the multi-instance on the lane's parent execution
        int lane = (Integer) execution.getVariable("loopCounter");
        // bounds.get(lane) is the lane's element variable, laneAfterNip; "" for the first lane
        LAST_NIP.setLocal(execution, bounds.get(lane));
        LANE_UP_TO_NIP.setLocal(execution, lane + 1 < bounds.size() ? bounds.get(lane + 1) : null);
        LANE_STARTED.setLocal(execution, 0);
        LANE_DONE.setLocal(execution, false);
    }
}
