package id.jenjang.integrity;

import static id.jenjang.support.TestNips.nip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.system.demo.DemoOrganisation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile files and fields, sent as BKPSDM (who may import) or as a plain employee (who may object) would send
 * them. Every refusal names the line and column, or the field, in Indonesian, and leaves the tables as they were.
 */
abstract class InputAttacks {

    static final String EMPLOYEE_HEADER = "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,"
            + "golongan,tmt_golongan,pendidikan,nip_atasan,peran\n";
    static final String DISCIPLINE_HEADER = "nip,tingkat,mulai,selesai,keterangan\n";
    static final String HISTORY_HEADER = "nip,periode,predikat\n";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Api api;
    DemoOrganisation.Logins logins;
    /** A demo employee whom discipline and history rows can name. */
    String known;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        DemoOrganisation.Generated demo = DemoOrganisation.generate(LocalDate.now(clock));
        logins = demo.logins();
        String[] lines = demo.employeesCsv().split("\n");
        known = lines[lines.length - 10].substring(0, 18);
    }

    static String employeeRow(String nip, String nama) {
        return String.join(",", nip, nama, "", "T46", "Unit Uji Masukan", "", "Analis", "PELAKSANA", "III/a",
                "2020-04-01", "S1", "", "") + "\n";
    }

    @Test
    void aFormulaInAnEmployeeNameIsRefusedWithLineAndColumnAndNothingIsWritten() throws Exception {
        long before = count("employee");
        String csv = EMPLOYEE_HEADER + employeeRow(nip(4631), "Rina Lestari")
                + employeeRow(nip(4632), "\"=cmd|' /C calc'!A0\"");
        JsonNode error = refusedImport("/api/employees/import", csv, 3, "nama");
        assertThat(error.get("message").asText()).contains("rumus");
        assertThat(count("employee")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employee WHERE nip = ?").param(nip(4631)).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aFormulaInADisciplineNoteIsRefusedWithLineAndColumnAndNothingIsWritten() throws Exception {
        long before = count("discipline_record");
        String csv = DISCIPLINE_HEADER + known + ",RINGAN,2024-01-01,2024-01-01,@SUM(1+1)*cmd|' /C calc'!A0\n";
        JsonNode error = refusedImport("/api/discipline/import", csv, 2, "keterangan");
        assertThat(error.get("message").asText()).contains("'@'");
        assertThat(count("discipline_record")).isEqualTo(before);
    }

    @Test
    void aFormulaInAnAppraisalHistoryCellIsRefusedWithLineAndColumnAndNothingIsWritten() throws Exception {
        long before = count("annual_result");
        String csv = HISTORY_HEADER + known + ",2019,BAIK\n" + known + ",2018,+HYPERLINK(\"http://x\")\n";
        refusedImport("/api/appraisals/import", csv, 3, "predikat");
        assertThat(count("annual_result")).isEqualTo(before);
    }

    @Test
    void aNulByteInANameIsRefusedWithLineAndColumnNotA500() throws Exception {
        long before = count("employee");
        String csv = EMPLOYEE_HEADER + employeeRow(nip(4633), "Budi\u0000Santoso");
        JsonNode error = refusedImport("/api/employees/import", csv, 2, "nama");
        assertThat(error.get("message").asText()).contains("U+0000 pada posisi 5");
        assertThat(count("employee")).isEqualTo(before);
    }

    @Test
    void controlCharactersInADisciplineNoteAreRefusedWithLineAndColumn() throws Exception {
        long before = count("discipline_record");
        String csv = DISCIPLINE_HEADER + known + ",RINGAN,2023-01-01,2023-01-01,catatan biasa\n"
                + known + ",RINGAN,2023-02-01,2023-02-01,teks \u001b[8mtersembunyi\n";
        JsonNode error = refusedImport("/api/discipline/import", csv, 3, "keterangan");
        assertThat(error.get("message").asText()).contains("U+001B");
        assertThat(count("discipline_record")).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndNothingIsWritten() {
        long before = count("employee");
        StringBuilder csv = new StringBuilder(EMPLOYEE_HEADER);
        String row = employeeRow(nip(4634), "Penumpuk Data");
        while (csv.length() < 11 * 1024 * 1024) {
            csv.append(row);
        }
        ResponseEntity<String> answer = api.postCsv("/api/employees/import", logins.bkpsdm(), csv.toString());
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody()).contains("paling banyak 10 MB");
        assertThat(count("employee")).isEqualTo(before);
    }

    @Test
    void aChunkedUploadOverTheLimitIsCutOffWith413AndNothingIsWritten() throws Exception {
        long before = count("employee");
        String answer = chunkedPost("/api/employees/import", logins.bkpsdm(), EMPLOYEE_HEADER,
                employeeRow(nip(4635), "Penumpuk Bertahap"), 11 * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("paling banyak 10 MB");
        assertThat(count("employee")).isEqualTo(before);
    }

    @Test
    void anOverLongObjectionReasonIsA400NamingReason() throws Exception {
        long before = count("promotion_audit");
        ResponseEntity<String> answer = api.postJson("/api/promotions/no-such-case/objections", logins.employee(),
                json.writeValueAsString(java.util.Map.of("reason", "x".repeat(4001))));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).get("field").asText()).isEqualTo("reason");
        assertThat(count("promotion_audit")).isEqualTo(before);
    }

    @Test
    void aNulByteInAnObjectionReasonIsA400NamingReason() throws Exception {
        long before = count("promotion_audit");
        ResponseEntity<String> answer = api.postJson("/api/promotions/no-such-case/objections", logins.employee(),
                "{\"reason\":\"tidak\\u0000adil\"}");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("field").asText()).isEqualTo("reason");
        assertThat(body.get("message").asText()).contains("reason").contains("karakter kendali")
                .contains("U+0000 pada posisi 6");
        assertThat(count("promotion_audit")).isEqualTo(before);
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413() {
        ResponseEntity<String> answer = api.postJson("/api/promotions/no-such-case/objections", logins.employee(),
                "{\"reason\":\"" + "x".repeat(70 * 1024) + "\"}");
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getBody()).contains("terlalu besar").contains("64 KB");
    }

    @Test
    void malformedJsonAndAFieldOfTheWrongKindAre400sNot500s() throws Exception {
        ResponseEntity<String> broken = api.postJson("/api/promotions/no-such-case/objections", logins.employee(),
                "{\"reason\": ");
        assertThat(broken.getStatusCode().value()).isEqualTo(400);
        assertThat(broken.getBody()).contains("tidak dapat dibaca").doesNotContain("Exception");
        ResponseEntity<String> wrongKind = api.postJson("/api/promotions/no-such-case/objections", logins.employee(),
                "{\"reason\": {\"select\": 1}}");
        assertThat(wrongKind.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(wrongKind.getBody()).get("field").asText()).isEqualTo("reason");
    }

    @Test
    void springsOwnRequestErrorsStay400sAndNameNothingInternal() {
        ResponseEntity<String> answer = api.get("/api/appraisals", logins.employee());
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).doesNotContain("Exception").doesNotContain("SELECT");
    }

    private JsonNode refusedImport(String path, String csv, int line, String column) throws Exception {
        ResponseEntity<String> answer = api.postCsv(path, logins.bkpsdm(), csv);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode errors = json.readTree(answer.getBody());
        assertThat(errors.isArray()).as(answer.getBody()).isTrue();
        for (JsonNode error : errors) {
            if (error.get("line").asInt() == line && column.equals(error.path("column").asText())) {
                return error;
            }
        }
        throw new AssertionError("no error at line " + line + ", column " + column + ": " + answer.getBody());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** A CSV upload in chunks without Content-Length, as a streaming client sends it. */
    private String chunkedPost(String path, String user, String head, String row, long total) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(20000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = (head + row.repeat(64 * 1024 / row.length())).getBytes(StandardCharsets.UTF_8);
            byte[] rows = row.repeat(64 * 1024 / row.length()).getBytes(StandardCharsets.UTF_8);
            try {
                long sent = 0;
                for (byte[] part = chunk; sent < total; part = rows) {
                    out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(part);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += part.length;
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // the server answered and closed while we were still sending: read what it said
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (IOException reset) {
                // a reset after the answer arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
