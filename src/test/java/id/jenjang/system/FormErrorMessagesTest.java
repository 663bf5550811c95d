package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A form refused by the server tells the civil servant why in Bahasa Indonesia, without Camunda's English line
 * and internal id in front (Tasklist shows the message as it comes). Regression: "Proses tidak dapat dimulai. :
 * Cannot instantiate process definition promotion:1:9aa5...: nip: Anda bukan atasan ...".
 */
@JenjangSpringTest
class FormErrorMessagesTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Test
    void aNominationOutsideTheSupervisorsTeamIsRefusedWithTheReasonAlone() throws Exception {
        DemoOrganisation.Logins demo = DemoOrganisation.generate(LocalDate.now(clock)).logins();
        ResponseEntity<String> answer = new Api(rest).postJson(
                "/engine-rest/process-definition/key/promotion/submit-form", demo.supervisor(),
                "{\"variables\":{\"nip\":{\"value\":\"" + demo.tpk() + "\"},\"promotionType\":{\"value\":"
                        + "\"KP_REGULER\"},\"targetRank\":{\"value\":\"IV/e\"},\"nominationReason\":{\"value\":"
                        + "\"Kinerja baik dua tahun berturut-turut\"}}}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(answer.getBody());
        assertThat(error.path("message").asText()).isEqualTo("nip: Anda bukan atasan pegawai ini dan bukan BKPSDM");
        assertThat(error.path("type").asText()).isEqualTo("RestException");
    }

    @Test
    void camundasPrefixGoesOnlyBeforeAFieldsMessage() {
        assertThat(FormErrorMessages.withoutEnginePrefix("Cannot instantiate process definition "
                + "promotion:1:9aa5b877-e675-11f1-bbdf-02fc00000001: nip: pegawai dengan NIP 1 tidak dikenal"))
                .isEqualTo("nip: pegawai dengan NIP 1 tidak dikenal");
        assertThat(FormErrorMessages.withoutEnginePrefix("Cannot submit task form 5cafa467-e676-11f1-bbdf: "
                + "skDate: tanggal '1-12-2026' tidak valid; gunakan YYYY-MM-DD"))
                .isEqualTo("skDate: tanggal '1-12-2026' tidak valid; gunakan YYYY-MM-DD");
        assertThat(FormErrorMessages.withoutEnginePrefix("Cannot complete task 5cafa467: vote: hanya 1 yang boleh"))
                .isEqualTo("vote: hanya 1 yang boleh");
        // not a field's message: the operator in Cockpit keeps Camunda's whole text
        String engine = "Cannot submit task form 5cafa467: Unknown property used in expression: ${x}";
        assertThat(FormErrorMessages.withoutEnginePrefix(engine)).isEqualTo(engine);
        assertThat(FormErrorMessages.withoutEnginePrefix("Task with id x does not exist")).isEqualTo(
                "Task with id x does not exist");
    }
}
