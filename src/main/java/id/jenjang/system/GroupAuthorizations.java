package id.jenjang.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.jenjang.employee.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the contract's groups and what each may do, at every start (idempotent, adds what is missing, never
 * takes away what an administrator granted in Admin). Tasks themselves need no grant: the engine authorizes
 * a task's assignee and candidate groups when it creates the task.
 */
@Component
@Order(0)
public class GroupAuthorizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GroupAuthorizations.class);

    record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    }

    static final List<Grant> GRANTS = List.of(
            // every employee: Tasklist and reading model names; starting a process is granted per definition
            // by the feature that needs it, never for all definitions
            new Grant(Groups.PEGAWAI, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)),
            new Grant(Groups.PEGAWAI, Resources.PROCESS_DEFINITION, ANY,
                    List.of(ProcessDefinitionPermissions.READ)),
            // supervisors (any employee; the process checks the chain) and HR start coaching from Tasklist
            new Grant(Groups.PEGAWAI, Resources.PROCESS_DEFINITION, "performance-coaching",
                    List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)),
            new Grant(Groups.PEGAWAI, Resources.PROCESS_DEFINITION, "promotion",
                    List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)),
            new Grant(Groups.PEGAWAI, Resources.PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.CREATE)),
            // HR watches and repairs: Cockpit, every instance, its history and tasks; retries; reassigning a
            // task; names of users and groups. Not: changing variables (only camunda-admin repairs a case, see
            // RestSurfaceGuard), administering users, deleting instances.
            new Grant(Groups.BKPSDM, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)),
            new Grant(Groups.BKPSDM, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(Groups.BKPSDM, Resources.PROCESS_DEFINITION, ANY, List.of(
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.RETRY_JOB)),
            // HR opens appraisal cycles from Tasklist; the engine starts everything else
            new Grant(Groups.BKPSDM, Resources.PROCESS_DEFINITION, "appraisal-cycle",
                    List.of(ProcessDefinitionPermissions.CREATE_INSTANCE)),
            new Grant(Groups.BKPSDM, Resources.PROCESS_INSTANCE, ANY, List.of(
                    ProcessInstancePermissions.READ, ProcessInstancePermissions.CREATE,
                    ProcessInstancePermissions.RETRY_JOB)),
            new Grant(Groups.BKPSDM, Resources.TASK, ANY, List.of(
                    TaskPermissions.READ, TaskPermissions.READ_VARIABLE, TaskPermissions.TASK_ASSIGN)),
            new Grant(Groups.BKPSDM, Resources.DEPLOYMENT, ANY, List.of(Permissions.READ)),
            new Grant(Groups.BKPSDM, Resources.DECISION_DEFINITION, ANY,
                    List.of(Permissions.READ, Permissions.READ_HISTORY)),
            new Grant(Groups.BKPSDM, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(Permissions.READ)),
            new Grant(Groups.BKPSDM, Resources.USER, ANY, List.of(Permissions.READ)),
            new Grant(Groups.BKPSDM, Resources.GROUP, ANY, List.of(Permissions.READ)),
            // process owners revise models in Modeler and deploy them without a code change
            new Grant(Groups.PROCESS_OWNER, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
            new Grant(Groups.PROCESS_OWNER, Resources.DEPLOYMENT, ANY,
                    List.of(Permissions.CREATE, Permissions.READ, Permissions.DELETE)),
            new Grant(Groups.PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY,
                    List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.SUSPEND)),
            new Grant(Groups.PROCESS_OWNER, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ)),
            new Grant(Groups.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
                    List.of(Permissions.READ)),
            // committee, Sekda and mayor work in Tasklist on their group's tasks
            new Grant(Groups.TPK, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)),
            new Grant(Groups.SEKDA, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)),
            new Grant(Groups.PPK, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)),
            // the mayor is not in pegawai: without this his task shows no process name under its title
            new Grant(Groups.PPK, Resources.PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ)));

    /**
     * What earlier versions of Jenjang granted and this one no longer does: taken away at start, so an existing
     * database ends where a new one starts. Only these exact permissions; anything else an administrator granted
     * in Admin stays.
     */
    static final List<Grant> REVOKED = List.of(
            // HR changed variables of any instance (UPDATE_INSTANCE / UPDATE); retrying jobs stays (RETRY_JOB)
            new Grant(Groups.BKPSDM, Resources.PROCESS_DEFINITION, ANY,
                    List.of(ProcessDefinitionPermissions.UPDATE_INSTANCE)),
            new Grant(Groups.BKPSDM, Resources.PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.UPDATE)));

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    public GroupAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (List<String> group : Groups.ALL) {
            if (identityService.createGroupQuery().groupId(group.get(0)).count() == 0) {
                Group g = identityService.newGroup(group.get(0));
                g.setName(group.get(1));
                g.setType(Groups.CAMUNDA_ADMIN.equals(group.get(0)) ? "SYSTEM" : "WORKFLOW");
                identityService.saveGroup(g);
                log.info("Created group {}", group.get(0));
            }
        }
        GRANTS.forEach(this::ensure);
        REVOKED.forEach(this::revoke);
    }

    private void revoke(Grant grant) {
        Authorization authorization = stored(grant);
        if (authorization == null || grant.permissions().stream().noneMatch(authorization::isPermissionGranted)) {
            return;
        }
        grant.permissions().forEach(authorization::removePermission);
        authorizationService.saveAuthorization(authorization);
        log.info("Revoked {} on {} {} from group {}", grant.permissions(), grant.resource().resourceName(),
                grant.resourceId(), grant.group());
    }

    private void ensure(Grant grant) {
        Authorization authorization = stored(grant);
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return;
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }

    /** The group's grant on that resource as stored, or null: one row per group and resource. */
    private Authorization stored(Grant grant) {
        return authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(grant.group())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
    }
}
