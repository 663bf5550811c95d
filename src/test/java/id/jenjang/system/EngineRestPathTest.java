package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.system.EngineRestPath.BatchVariables;
import id.jenjang.system.EngineRestPath.Other;
import id.jenjang.system.EngineRestPath.Start;
import id.jenjang.system.EngineRestPath.TaskCompletion;
import id.jenjang.system.EngineRestPath.TaskThrow;
import id.jenjang.system.EngineRestPath.VariableCarrier;
import id.jenjang.system.EngineRestPath.VariableWrite;
import org.junit.jupiter.api.Test;

/** What the engine REST door makes of a request's path, before it reads the body or asks the engine. */
class EngineRestPathTest {

    private static EngineRestPath.Target target(String path) {
        return EngineRestPath.of("/engine-rest" + path).target();
    }

    @Test
    void bothDoorsNameTheirEngineAndThePathBelowIt() {
        assertThat(EngineRestPath.of("/engine-rest/task/t1/complete"))
                .isEqualTo(new EngineRestPath("default", "/task/t1/complete"));
        assertThat(EngineRestPath.of("/engine-rest/engine/other/task/t1/complete"))
                .isEqualTo(new EngineRestPath("other", "/task/t1/complete"));
        assertThat(EngineRestPath.of("/camunda/api/engine/engine/default/task/t1/submit-form"))
                .isEqualTo(new EngineRestPath("default", "/task/t1/submit-form"));
    }

    @Test
    void pathsOutsideTheEngineRestApiAreNoEngineCall() {
        assertThat(EngineRestPath.of("/api/appraisals")).isNull();
        assertThat(EngineRestPath.of("/camunda/api/admin/auth/user/default")).isNull();
        assertThat(EngineRestPath.of("/engine-rest")).isNull();
    }

    @Test
    void completeSubmitFormAndResolveAreCompletionsOfTheirTask() {
        assertThat(target("/task/t1/complete")).isEqualTo(new TaskCompletion("t1"));
        assertThat(target("/task/t1/submit-form/")).isEqualTo(new TaskCompletion("t1"));
        assertThat(target("/task/t1/resolve")).isEqualTo(new TaskCompletion("t1"));
    }

    @Test
    void aStartNamesItsDefinitionByIdOrByKeyAndTenant() {
        assertThat(target("/process-definition/def:1:2/start")).isEqualTo(new Start("def:1:2", null, null));
        assertThat(target("/process-definition/key/promotion/submit-form"))
                .isEqualTo(new Start(null, "promotion", null));
        assertThat(target("/process-definition/key/promotion/tenant-id/bkpsdm/start"))
                .isEqualTo(new Start(null, "promotion", "bkpsdm"));
    }

    @Test
    void variablesOfTasksInstancesExecutionsAndCasesAreDirectWritesWithWhatFollows() {
        assertThat(target("/task/t1/variables")).isEqualTo(new VariableWrite("task", "t1", null));
        assertThat(target("/task/t1/localVariables/predikat"))
                .isEqualTo(new VariableWrite("task", "t1", "/predikat"));
        assertThat(target("/process-instance/p1/variables/predikat/data"))
                .isEqualTo(new VariableWrite("process-instance", "p1", "/predikat/data"));
        assertThat(((VariableWrite) target("/process-instance/p1/variables/predikat/data")).upload()).isTrue();
        assertThat(((VariableWrite) target("/execution/e1/localVariables/predikat")).upload()).isFalse();
        assertThat(target("/case-execution/c1/variables")).isEqualTo(new VariableWrite("case-execution", "c1", null));
    }

    @Test
    void settingVariablesOnManyInstancesAtOnceIsABatchNotAWriteOnOneCase() {
        assertThat(target("/process-instance/variables-async")).isEqualTo(new BatchVariables());
    }

    @Test
    void aBpmnErrorOrEscalationOnATaskIsAThrow() {
        assertThat(target("/task/t1/bpmnError")).isEqualTo(new TaskThrow());
        assertThat(target("/task/t1/bpmnEscalation/")).isEqualTo(new TaskThrow());
    }

    @Test
    void messagesSignalsConditionsAndModificationsCarryVariablesAndAnInstancesModificationNamesIt() {
        for (String path : new String[] {"/message", "/message/async", "/signal", "/condition",
                "/modification/execute", "/modification/execute-async", "/execution/e1/signal",
                "/execution/e1/messageSubscriptions/m1/trigger"}) {
            assertThat(target(path)).as(path).isEqualTo(new VariableCarrier(null));
        }
        assertThat(target("/process-instance/p1/modification")).isEqualTo(new VariableCarrier("p1"));
        assertThat(target("/process-instance/p1/modification-async/")).isEqualTo(new VariableCarrier("p1"));
    }

    @Test
    void everythingElseIsLeftToTheEnginesAuthorizations() {
        assertThat(target("/task/t1/claim")).isEqualTo(new Other());
        assertThat(target("/task/t1/assignee")).isEqualTo(new Other());
        assertThat(target("/deployment/create")).isEqualTo(new Other());
        assertThat(target("/task/t1/complete/extra")).isEqualTo(new Other());
    }
}
