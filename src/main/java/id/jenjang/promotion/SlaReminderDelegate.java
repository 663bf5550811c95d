package id.jenjang.promotion;

import id.jenjang.employee.Groups;
import id.jenjang.notification.MailParameters;
import id.jenjang.notification.MailRequests;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * SLA of a human step (input parameter taskKey): the first firing reminds whoever holds the task (assignee,
 * else every member of its candidate groups); the second escalates to BKPSDM and raises the task's priority.
 */
@Component
public class SlaReminderDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 90;

    private final TaskService taskService;
    private final IdentityService identityService;
    private final MailRequests requests;
    private final MailParameters parameters;

    public SlaReminderDelegate(TaskService taskService, IdentityService identityService, MailRequests requests,
            MailParameters parameters) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.requests = requests;
        this.parameters = parameters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = execution.getVariableLocal("taskKey").toString();
        String counter = "sla_" + taskKey;
        Object fired = execution.getVariable(counter);
        int firings = fired == null ? 1 : Integer.parseInt(fired.toString()) + 1;
        execution.setVariable(counter, firings);
        Map<String, String> params = parameters.from(execution);
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list()) {
            params.put("taskName", task.getName());
            Set<String> recipients = new LinkedHashSet<>();
            if (firings >= 2) {
                taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
                identityService.createUserQuery().memberOfGroup(Groups.BKPSDM).list().forEach(u -> recipients.add(u.getId()));
            } else if (task.getAssignee() != null) {
                recipients.add(task.getAssignee());
            } else {
                for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                    if (link.getGroupId() != null) {
                        identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream()
                                .map(User::getId).forEach(recipients::add);
                    }
                }
            }
            String template = firings >= 2 ? "promotion-sla-escalation" : "promotion-sla-reminder";
            recipients.forEach(r -> requests.request(r, template, params));
        }
    }
}
