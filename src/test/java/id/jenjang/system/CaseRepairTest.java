package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Which variables an administrator's repair writes, as its record names them, read from its path or body. */
class CaseRepairTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRepairOfOneVariableIsRecordedUnderTheNameInItsPath() throws Exception {
        assertThat(CaseRepair.variableNames("/predikat", JSON.readTree("{\"value\": \"BAIK\"}")))
                .containsExactly("predikat");
    }

    @Test
    void aRepairOfManyIsRecordedWithTheModifiedAndDeletedNamesOfItsBody() throws Exception {
        assertThat(CaseRepair.variableNames(null, JSON.readTree(
                "{\"modifications\": {\"predikat\": {\"value\": \"BAIK\"}}, \"deletions\": [\"acceptedByTimeout\"]}")))
                .containsExactly("predikat", "acceptedByTimeout");
    }

    @Test
    void aRepairNamingNoVariableIsRecordedWithADash() throws Exception {
        assertThat(CaseRepair.variableNames(null, null)).containsExactly("-");
        assertThat(CaseRepair.variableNames("/", JSON.readTree("{}"))).containsExactly("-");
    }

    @Test
    void variablesNestedInAModificationsInstructionsCountAsCarriedVariables() throws Exception {
        assertThat(CaseRepair.carriesVariables(JSON.readTree(
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"variables\": {\"x\": {\"value\": 1}}}]}")))
                .isTrue();
        assertThat(CaseRepair.carriesVariables(JSON.readTree(
                "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"review\"}]}"))).isFalse();
        assertThat(CaseRepair.carriesVariables(null)).isFalse();
    }
}
