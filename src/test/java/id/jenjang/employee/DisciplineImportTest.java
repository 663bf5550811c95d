package id.jenjang.employee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.support.TestNips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@JenjangSpringTest
class DisciplineImportTest {

    static final String HEADER = "nip,tingkat,mulai,selesai,keterangan\n";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    Api api;
    String nip;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        nip = TestNips.nip(301);
        api.postCsv("/api/employees/import", "admin", EmployeeImportTest.HEADER
                + EmployeeImportTest.row(nip, "Disiplin Satu", "TDIS", "", "III/a", "", ""));
    }

    @Test
    void sanctionsAreUpsertedByNipLevelAndStart() throws Exception {
        String csv = HEADER + nip + ",SEDANG,2026-01-01,,Sedang diperiksa\n" + nip + ",RINGAN,2025-02-01,2025-02-01,"
                + "\"Teguran, lisan\"\n";
        assertThat(json.readTree(api.postCsv("/api/discipline/import", "admin", csv).getBody()))
                .isEqualTo(json.readTree("{\"created\":2,\"updated\":0,\"unchanged\":0}"));

        String ended = HEADER + nip + ",SEDANG,2026-01-01,2026-12-31,Diputuskan\n" + nip
                + ",RINGAN,2025-02-01,2025-02-01,\"Teguran, lisan\"\n";
        assertThat(json.readTree(api.postCsv("/api/discipline/import", "admin", ended).getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":1,\"unchanged\":1}"));
        assertThat(jdbc.sql("SELECT keterangan FROM discipline_record WHERE nip = ? AND tingkat = 'RINGAN'")
                .param(nip).query(String.class).single()).isEqualTo("Teguran, lisan");
    }

    @Test
    void anEmptyLevelIsAnExaminationAndItsDecisionReplacesIt() throws Exception {
        String csv = HEADER + nip + ",,2026-05-01,,Sedang diperiksa: ketidakhadiran\n";
        assertThat(json.readTree(api.postCsv("/api/discipline/import", "admin", csv).getBody()))
                .isEqualTo(json.readTree("{\"created\":1,\"updated\":0,\"unchanged\":0}"));
        assertThat(json.readTree(api.postCsv("/api/discipline/import", "admin", csv).getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":0,\"unchanged\":1}"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discipline_record WHERE nip = ? AND tingkat IS NULL").param(nip)
                .query(Long.class).single()).isEqualTo(1);

        String decided = HEADER + nip + ",SEDANG,2026-05-01,2027-04-30,Diputuskan: pemotongan tunjangan\n";
        assertThat(json.readTree(api.postCsv("/api/discipline/import", "admin", decided).getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":1,\"unchanged\":0}"));
        assertThat(jdbc.sql("SELECT tingkat FROM discipline_record WHERE nip = ? AND mulai = DATE '2026-05-01'")
                .param(nip).query(String.class).list()).containsExactly("SEDANG");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown employee|196301011995011999,BERAT,2026-01-01,,x|nip|tidak dikenal",
            "unknown level|NIP,PARAH,2026-01-01,,x|tingkat|PARAH",
            "bad start date|NIP,SEDANG,1-1-2026,,x|mulai|YYYY-MM-DD",
            "end before start|NIP,SEDANG,2026-01-01,2025-01-01,x|selesai|sebelum",
            "duplicate|NIP,SEDANG,2026-03-01,,x~NIP,SEDANG,2026-03-01,,y|mulai|baris 3"})
    void badRowRejectsTheFileAndWritesNothing(String label, String rows, String column, String message)
            throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM discipline_record").query(Long.class).single();
        String csv = HEADER + nip + ",RINGAN,2024-01-01,2024-01-01,baris yang baik\n" + rows.replace("NIP", nip).replace("~", "\n");

        ResponseEntity<String> answer = api.postCsv("/api/discipline/import", "admin", csv);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(answer.getBody());
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("column").asText()).isEqualTo(column);
            assertThat(e.get("message").asText()).contains(message);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discipline_record").query(Long.class).single()).isEqualTo(before);
    }
}
