package id.jenjang.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's default task authorizations (the assignee may read and work on their task), without the query
 * that looks for an authorization to extend when the task is still being created: a task that does not exist
 * yet has none, and a cycle opening creates tens of thousands of tasks, each paying that round trip. For an
 * existing task (reassignment) the default behaviour is unchanged.
 */
@Component
public class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider implements ProcessEnginePlugin {

    /** {@link TaskEntity#getTaskState()} while the task is being created and decorated (TaskState.STATE_INIT). */
    static final String CREATING = "Init";

    @Override
    protected AuthorizationEntity createOrUpdateAuthorization(Task task, String userId, String groupId,
            Resource resource, boolean isHistoric, Permission... permissions) {
        if (task instanceof TaskEntity entity && CREATING.equals(entity.getTaskState())) {
            AuthorizationEntity authorization = createAuthorization(userId, groupId, resource, task.getId(),
                    permissions);
            if (isHistoric) {
                provideRemovalTime(authorization, task);
            }
            return authorization;
        }
        return super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, permissions);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(this);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }
}
