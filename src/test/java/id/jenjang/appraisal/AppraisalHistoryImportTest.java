package id.jenjang.appraisal;

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
class AppraisalHistoryImportTest {

    static final String EMPLOYEE_HEADER = "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,"
            + "golongan,tmt_golongan,pendidikan,nip_atasan,peran\n";

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
        nip = TestNips.nip(401);
        api.postCsv("/api/employees/import", "admin", EMPLOYEE_HEADER + nip
                + ",Riwayat Satu,,THIS,Unit Riwayat,,Analis,PELAKSANA,II/c,2020-01-01,S1,,\n");
    }

    @Test
    void annualResultsAreUpsertedByNipAndPeriod() throws Exception {
        String csv = "nip,periode,predikat\n" + nip + ",2024,BAIK\n" + nip + ",2025,SANGAT_BAIK\n";
        assertThat(json.readTree(api.postCsv("/api/appraisals/import", "admin", csv).getBody()))
                .isEqualTo(json.readTree("{\"created\":2,\"updated\":0,\"unchanged\":0}"));
        String corrected = "nip,periode,predikat\n" + nip + ",2024,BAIK\n" + nip + ",2025,BUTUH_PERBAIKAN\n";
        assertThat(json.readTree(api.postCsv("/api/appraisals/import", "admin", corrected).getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":1,\"unchanged\":1}"));
        assertThat(jdbc.sql("SELECT predikat FROM annual_result WHERE nip = ? AND periode = '2025'").param(nip)
                .query(String.class).single()).isEqualTo("BUTUH_PERBAIKAN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown employee|196301011995011999,2024,BAIK|nip|tidak dikenal",
            "quarter instead of year|NIP,2024-Q1,BAIK|periode|tahunan",
            "future year|NIP,2999,BAIK|periode|tahunan",
            "unknown predikat|NIP,2023,CUKUP|predikat|CUKUP",
            "empty predikat|NIP,2023,|predikat|Wajib",
            "duplicate|NIP,2022,BAIK~NIP,2022,KURANG|periode|baris 3"})
    void badRowRejectsTheFileAndWritesNothing(String label, String rows, String column, String message)
            throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM annual_result").query(Long.class).single();
        String csv = "nip,periode,predikat\n" + nip + ",2021,BAIK\n" + rows.replace("NIP", nip).replace("~", "\n");

        ResponseEntity<String> answer = api.postCsv("/api/appraisals/import", "admin", csv);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(answer.getBody());
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("column").asText()).isEqualTo(column);
            assertThat(e.get("message").asText()).contains(message);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM annual_result").query(Long.class).single()).isEqualTo(before);
    }
}
