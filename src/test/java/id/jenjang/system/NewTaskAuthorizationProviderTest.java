package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A new task's assignee gets the engine's default grant without a look-up; reassignment works as before. */
@JenjangProcessTest
class NewTaskAuthorizationProviderTest {

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;

    @Test
    void theAssigneeOfANewTaskAndANewAssigneeMayWorkOnIt() {
        var unit = fixture.org("UJI.AUTH", 1);
        fixture.openCycle("2027-Q2", unit.unit());
        String nip = unit.staff().get(0);
        Task task = fixture.task(fixture.appraisal(nip, "2027-Q2").getId(), "Task_SelfAssessment");

        assertThat(grant(nip, task)).isNotNull();
        // what completing needs (TASK_WORK), not UPDATE (variables, reassignment): docs/integrity.md
        assertThat(authorizationService.isUserAuthorized(nip, null, TaskPermissions.TASK_WORK, Resources.TASK,
                task.getId())).isTrue();
        assertThat(authorizationService.isUserAuthorized(nip, null, Permissions.UPDATE, Resources.TASK, task.getId()))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(unit.rater(), null, TaskPermissions.TASK_WORK, Resources.TASK,
                task.getId())).isFalse();

        // an existing task: the default path, which looks up and extends an existing grant
        taskService.setAssignee(task.getId(), unit.rater());
        taskService.setAssignee(task.getId(), nip);
        assertThat(authorizationService.createAuthorizationQuery().userIdIn(nip).resourceType(Resources.TASK)
                .resourceId(task.getId()).count()).isEqualTo(1);
        assertThat(authorizationService.isUserAuthorized(unit.rater(), null, TaskPermissions.TASK_WORK, Resources.TASK,
                task.getId())).isTrue();
    }

    private Authorization grant(String userId, Task task) {
        return authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK)
                .resourceId(task.getId()).singleResult();
    }
}
