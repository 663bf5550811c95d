package id.jenjang.notification;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "You have a task": on task creation, a mail to the assignee with the task's name, due date and a link.
 * Group tasks (BKPSDM, TPK) are announced by the group filters in Tasklist, not by mail to every member.
 */
@Component
public class NotifyAssigneeListener implements TaskListener {

    static final String TEMPLATE = "task-assigned";

    private final MailRequests requests;
    private final MailParameters parameters;

    public NotifyAssigneeListener(MailRequests requests, MailParameters parameters) {
        this.requests = requests;
        this.parameters = parameters;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null) {
            return;
        }
        Map<String, String> params = parameters.from(task.getExecution());
        params.put("taskName", task.getName());
        params.put("taskDue", task.getDueDate() == null ? "-" : parameters.format(task.getDueDate()));
        params.put("taskUrl", params.get("tasklistUrl") + "#/?task=" + task.getId());
        requests.request(task.getAssignee(), TEMPLATE, params);
    }
}
