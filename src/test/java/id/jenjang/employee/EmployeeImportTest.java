package id.jenjang.employee;

import static id.jenjang.support.TestNips.nip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@JenjangSpringTest
class EmployeeImportTest {

    static final String HEADER = "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,"
            + "tmt_golongan,pendidikan,nip_atasan,peran\n";
    static final String ADMIN = "admin";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    Api api;
    DemoOrganisation.Generated demo;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        demo = DemoOrganisation.generate(LocalDate.now(clock));
    }

    static String row(String nip, String nama, String unit, String parent, String golongan, String atasan,
            String peran) {
        return String.join(",", nip, nama, nama.toLowerCase().replace(' ', '.') + "@contoh.go.id", unit,
                "Unit " + unit, parent, "Analis", "PELAKSANA", golongan, "2020-04-01", "S1", atasan, peran) + "\n";
    }

    /** Peraturan BKN 2/2025's levels below D3 import; the older SMA still imports and is read as SLTA. */
    @Test
    void everyEducationLevelOfTheRegulationImportsAndSmaMeansSlta() throws Exception {
        List<String> levels = List.of("SD", "SLTP", "SLTP_KEJURUAN", "SLTA", "SLTA_KEJURUAN", "D1", "D2", "SMA");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < levels.size(); i++) {
            csv.append(row(nip(900 + i), "Pendidikan " + i, "T9", "", "II/a", "", "").replace(",S1,",
                    "," + levels.get(i) + ","));
        }

        ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN, csv.toString());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (int i = 0; i < levels.size(); i++) {
            JsonNode stored = json.readTree(api.get("/api/employees/" + nip(900 + i), demo.logins().bkpsdm()).getBody());
            String expected = levels.get(i).equals("SMA") ? "SLTA" : levels.get(i);
            assertThat(stored.get("pendidikan").asText()).as(levels.get(i)).isEqualTo(expected);
        }
    }

    /** Rows stored as SMA before the new levels existed keep working: read as SLTA, and the same file is unchanged. */
    @Test
    void aRowStoredAsSmaIsReadAsSltaAndReimportingItChangesNothing() throws Exception {
        String staff = nip(920);
        String csv = HEADER + row(staff, "Lama Sma", "T9", "", "II/b", "", "").replace(",S1,", ",SMA,");
        api.postCsv("/api/employees/import", ADMIN, csv);
        jdbc.sql("UPDATE employee SET pendidikan = 'SMA' WHERE nip = ?").param(staff).update();

        JsonNode stored = json.readTree(api.get("/api/employees/" + staff, demo.logins().bkpsdm()).getBody());
        ResponseEntity<String> again = api.postCsv("/api/employees/import", ADMIN, csv);

        assertThat(stored.get("pendidikan").asText()).isEqualTo("SLTA");
        assertThat(json.readTree(again.getBody()).get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void validFileCreatesEmployeesUnitsUsersAndGroups() throws Exception {
        String head = nip(1);
        String staff = nip(2);
        String csv = HEADER
                + row(staff, "Staf Satu", "T1.SEKSI", "T1", "II/c", head, "")
                + row(head, "Kepala Satu", "T1", "", "III/d", "", "bkpsdm;tpk");

        ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN, csv);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody()))
                .isEqualTo(json.readTree("{\"created\":2,\"updated\":0,\"unchanged\":0}"));
        JsonNode stored = json.readTree(api.get("/api/employees/" + staff, demo.logins().bkpsdm()).getBody());
        assertThat(stored.get("nipAtasan").asText()).isEqualTo(head);
        assertThat(stored.get("unitKode").asText()).isEqualTo("T1.SEKSI");
        assertThat(stored.get("golongan").asText()).isEqualTo("II/c");
        assertThat(stored.get("tmtGolongan").asText()).isEqualTo("2020-04-01");
        assertThat(stored.get("jabatan").asText()).isEqualTo("Analis");
        assertThat(jdbc.sql("SELECT induk_kode FROM unit_kerja WHERE kode = 'T1.SEKSI'").query(String.class).single())
                .isEqualTo("T1");
        assertThat(identityService.createUserQuery().userId(staff).singleResult().getFirstName()).isEqualTo("Staf");
        assertThat(groupsOf(head)).containsExactlyInAnyOrder("pegawai", "bkpsdm", "tpk");
        assertThat(groupsOf(staff)).containsExactly("pegawai");
    }

    @Test
    void reimportIsAnUpsertThatCountsUnchangedAndSyncsGroups() throws Exception {
        String head = nip(11);
        String staff = nip(12);
        String first = HEADER
                + row(head, "Kepala Dua", "T2", "", "III/d", "", "tpk")
                + row(staff, "Staf Dua", "T2", "", "II/c", head, "");
        assertThat(api.postCsv("/api/employees/import", ADMIN, first).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> same = api.postCsv("/api/employees/import", ADMIN, first);
        assertThat(json.readTree(same.getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":0,\"unchanged\":2}"));

        String promotedAndRoleMoved = HEADER
                + row(head, "Kepala Dua", "T2", "", "III/d", "", "bkpsdm")
                + row(staff, "Staf Dua", "T2", "", "II/d", head, "");
        ResponseEntity<String> changed = api.postCsv("/api/employees/import", ADMIN, promotedAndRoleMoved);
        assertThat(json.readTree(changed.getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":2,\"unchanged\":0}"));
        assertThat(json.readTree(api.get("/api/employees/" + staff, demo.logins().bkpsdm()).getBody()).get("golongan").asText())
                .isEqualTo("II/d");
        assertThat(groupsOf(head)).containsExactlyInAnyOrder("pegawai", "bkpsdm");
    }

    @Test
    void bkpsdmMayImportButAPlainEmployeeMayNot() {
        String csv = HEADER + row(nip(21), "Staf Tiga", "T3", "", "II/a", "", "");
        String plainEmployee = demo.logins().employee();
        String hr = demo.logins().bkpsdm();

        assertThat(api.postCsv("/api/employees/import", plainEmployee, csv).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(countEmployees(nip(21))).isZero();
        assertThat(api.postCsv("/api/employees/import", hr, csv).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(countEmployees(nip(21))).isOne();
    }

    static Stream<Arguments> badFiles() {
        String a = nip(101);
        String b = nip(102);
        String ok = row(a, "Baik Saja", "TB", "", "III/a", "", "");
        return Stream.of(
                Arguments.of("NIP of 17 digits", ok + row("19630101199501100", "X", "TB", "", "II/a", "", ""),
                        3, "nip", "18 angka"),
                Arguments.of("NIP with impossible birth date", ok + row("196302301995011001", "X", "TB", "", "II/a",
                        "", ""), 3, "nip", "tanggal lahir"),
                Arguments.of("NIP with appointment month 13", ok + row("196301011995131001", "X", "TB", "", "II/a",
                        "", ""), 3, "nip", "bulan pengangkatan"),
                Arguments.of("NIP appointed in the future", ok + row("196301012099011001", "X", "TB", "", "II/a",
                        "", ""), 3, "nip", "masa depan"),
                Arguments.of("NIP with sex digit 3", ok + row("196301011995013001", "X", "TB", "", "II/a", "", ""),
                        3, "nip", "jenis kelamin"),
                Arguments.of("unknown golongan", ok + row(b, "X", "TB", "", "V/a", "", ""), 3, "golongan",
                        "tidak dikenal"),
                Arguments.of("unknown jenis_jabatan", ok + row(b, "X", "TB", "", "II/a", "", "")
                        .replace("PELAKSANA", "MENTERI"), 3, "jenis_jabatan", "MENTERI"),
                Arguments.of("unknown pendidikan", ok + row(b, "X", "TB", "", "II/a", "", "")
                        .replace(",S1,", ",PAKET_C,"), 3, "pendidikan", "PAKET_C"),
                Arguments.of("date not ISO", ok + row(b, "X", "TB", "", "II/a", "", "")
                        .replace("2020-04-01", "01/04/2020"), 3, "tmt_golongan", "YYYY-MM-DD"),
                Arguments.of("TMT in the future", ok + row(b, "X", "TB", "", "II/a", "", "")
                        .replace("2020-04-01", "2099-01-01"), 3, "tmt_golongan", "masa depan"),
                Arguments.of("unknown supervisor", ok + row(b, "X", "TB", "", "II/a", nip(999), ""), 3,
                        "nip_atasan", "tidak dikenal"),
                Arguments.of("supervisor cycle", row(a, "A", "TB", "", "III/a", b, "")
                        + row(b, "B", "TB", "", "III/a", a, ""), 2, "nip_atasan", "lingkaran"),
                Arguments.of("own supervisor", ok + row(b, "X", "TB", "", "II/a", b, ""), 3, "nip_atasan",
                        "atasannya sendiri"),
                Arguments.of("unknown parent unit", ok + row(b, "X", "TB.X", "NOPE", "II/a", "", ""), 3,
                        "unit_induk", "NOPE"),
                Arguments.of("unit cycle", row(a, "A", "TC1", "TC2", "III/a", "", "")
                        + row(b, "B", "TC2", "TC1", "III/a", "", ""), 2, "unit_induk", "lingkaran"),
                Arguments.of("same unit described twice differently", ok + row(b, "X", "TB", "LAIN", "II/a", "", ""),
                        3, "unit_induk", "unit induk lain"),
                Arguments.of("duplicate NIP", ok + row(a, "Lagi", "TB", "", "II/a", "", ""), 3, "nip", "baris 2"),
                Arguments.of("unknown role", ok + row(b, "X", "TB", "", "II/a", "", "raja"), 3, "peran", "raja"),
                Arguments.of("admin role through import", ok + row(b, "X", "TB", "", "II/a", "", "camunda-admin"), 3,
                        "peran", "Admin"),
                Arguments.of("deploy right through import", ok + row(b, "X", "TB", "", "II/a", "", "process-owner"),
                        3, "peran", "Admin"),
                Arguments.of("invalid e-mail", ok + row(b, "X", "TB", "", "II/a", "", "")
                        .replace("x@contoh.go.id", "bukan-surel"), 3, "email", "tidak valid"),
                // row() derives the e-mail from the name; "@contoh.go.id" alone would be refused as a formula cell
                Arguments.of("missing name", ok + row(b, "", "TB", "", "II/a", "", "").replace(",@", ",x@"), 3,
                        "nama", "Wajib"),
                Arguments.of("too few columns", ok + b + ",X,x@contoh.go.id\n", 3, null, "Jumlah kolom"),
                Arguments.of("unclosed quote", ok + b + ",\"X,x@contoh.go.id\n", 3, null, "CSV"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRejectedWithLineColumnAndMessageAndNothingIsWritten(String label, String rows, int line,
            String column, String messagePart) throws Exception {
        long employees = countAll("employee");
        long units = countAll("unit_kerja");
        long users = identityService.createUserQuery().count();

        ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN, HEADER + rows);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(answer.getBody());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.get("line").asLong()).isEqualTo(line);
            assertThat(error.get("column").isNull() ? null : error.get("column").asText()).isEqualTo(column);
            assertThat(error.get("message").asText()).containsIgnoringCase(messagePart);
        });
        assertThat(countAll("employee")).isEqualTo(employees);
        assertThat(countAll("unit_kerja")).isEqualTo(units);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }

    @Test
    void wrongHeaderAndEmptyFileAreRejected() throws Exception {
        JsonNode wrongHeader = json.readTree(api.postCsv("/api/employees/import", ADMIN,
                "nip,name\n" + nip(120) + ",X\n").getBody());
        assertThat(wrongHeader.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(wrongHeader.get(0).get("message").asText()).contains("Baris judul");
        assertThat(api.postCsv("/api/employees/import", ADMIN, "").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.postCsv("/api/employees/import", ADMIN, HEADER).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    // ---- the optional column tmt_jabatan

    static final String HEADER_WITH_TMT_JABATAN = HEADER.replace("\n", ",tmt_jabatan\n");

    /** A row of {@link #row} with a value for tmt_jabatan (may be empty). */
    static String rowWithTmtJabatan(String nip, String nama, String unit, String tmtJabatan) {
        return row(nip, nama, unit, "", "II/c", "", "").replace("\n", "," + tmtJabatan + "\n");
    }

    @Test
    void tmtJabatanIsStoredFromItsOptionalColumnAndKeptByFilesWithoutIt() throws Exception {
        String nip = nip(151);
        String bkpsdm = demo.logins().bkpsdm();
        ResponseEntity<String> with = api.postCsv("/api/employees/import", ADMIN, HEADER_WITH_TMT_JABATAN
                + rowWithTmtJabatan(nip, "Staf Jabatan", "TJ", "2022-07-01"));
        assertThat(with.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(api.get("/api/employees/" + nip, bkpsdm).getBody()).get("tmtJabatan").asText())
                .isEqualTo("2022-07-01");

        // the contract's file, without the column: the same data is unchanged and the date stays
        ResponseEntity<String> without = api.postCsv("/api/employees/import", ADMIN,
                HEADER + row(nip, "Staf Jabatan", "TJ", "", "II/c", "", ""));
        assertThat(json.readTree(without.getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":0,\"unchanged\":1}"));
        assertThat(tmtJabatan(nip)).isEqualTo("2022-07-01");

        // with the column, an empty cell says the date is not known
        ResponseEntity<String> emptied = api.postCsv("/api/employees/import", ADMIN, HEADER_WITH_TMT_JABATAN
                + rowWithTmtJabatan(nip, "Staf Jabatan", "TJ", ""));
        assertThat(json.readTree(emptied.getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":1,\"unchanged\":0}"));
        assertThat(tmtJabatan(nip)).isNull();
        assertThat(json.readTree(api.get("/api/employees/" + nip, bkpsdm).getBody()).get("tmtJabatan").isNull())
                .isTrue();
    }

    static Stream<Arguments> badTmtJabatan() {
        return Stream.of(
                Arguments.of("01/07/2022", "YYYY-MM-DD"),
                Arguments.of("2022-02-30", "YYYY-MM-DD"),
                Arguments.of("2099-01-01", "masa depan"),
                // TestNips appoint in January 1995
                Arguments.of("1994-12-31", "sebelum pengangkatan"));
    }

    @ParameterizedTest(name = "tmt_jabatan {0}")
    @MethodSource("badTmtJabatan")
    void badTmtJabatanIsRejectedWithLineColumnAndMessageAndNothingIsWritten(String value, String messagePart)
            throws Exception {
        String stored = nip(161);
        assertThat(api.postCsv("/api/employees/import", ADMIN, HEADER_WITH_TMT_JABATAN
                + rowWithTmtJabatan(stored, "Staf Tersimpan", "TK", "2021-01-01")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long employees = countAll("employee");

        ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN, HEADER_WITH_TMT_JABATAN
                + rowWithTmtJabatan(stored, "Staf Tersimpan", "TK", "2023-01-01")
                + rowWithTmtJabatan(nip(162), "Staf Baru", "TK", value));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(answer.getBody());
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("tmt_jabatan");
        assertThat(errors.get(0).get("message").asText()).contains(messagePart);
        assertThat(countAll("employee")).isEqualTo(employees);
        assertThat(tmtJabatan(stored)).as("the good row is not written either").isEqualTo("2021-01-01");
    }

    @Test
    void onlyTmtJabatanAndOnlyAfterTheContractsColumnsIsAccepted() throws Exception {
        String row = rowWithTmtJabatan(nip(171), "Staf Judul", "TL", "2022-07-01");
        for (String header : List.of(HEADER.replace("\n", ",tmt_jabatn\n"),
                HEADER.replace("\n", ",tmt_jabatan,catatan\n"),
                "tmt_jabatan," + HEADER)) {
            ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN, header + row);
            assertThat(answer.getStatusCode()).as(header).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode error = json.readTree(answer.getBody()).get(0);
            assertThat(error.get("line").asInt()).isEqualTo(1);
            assertThat(error.get("message").asText()).contains("Baris judul", "tmt_jabatan");
        }
        assertThat(countEmployees(nip(171))).isZero();
        // a row that leaves out the file's last column is a short row, not a missing optional value
        ResponseEntity<String> shortRow = api.postCsv("/api/employees/import", ADMIN, HEADER_WITH_TMT_JABATAN
                + row(nip(171), "Staf Judul", "TL", "", "II/c", "", ""));
        assertThat(shortRow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(shortRow.getBody()).contains("Jumlah kolom 13, seharusnya 14");
    }

    // ---- the optional column penugasan (study leave, secondment: Peraturan BKN 2/2025)

    static final String HEADER_WITH_PENUGASAN = HEADER.replace("\n", ",penugasan\n");

    @Test
    void penugasanIsStoredFromItsOptionalColumnKeptByFilesWithoutItAndEmptiedByAnEmptyCell() throws Exception {
        String nip = nip(181);
        String bkpsdm = demo.logins().bkpsdm();
        ResponseEntity<String> with = api.postCsv("/api/employees/import", ADMIN, HEADER_WITH_PENUGASAN
                + row(nip, "Staf Tugas Belajar", "TP", "", "II/c", "", "").replace("\n", ",TUGAS_BELAJAR\n"));
        assertThat(with.getStatusCode()).as(with.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(api.get("/api/employees/" + nip, bkpsdm).getBody()).get("penugasan").asText())
                .isEqualTo("TUGAS_BELAJAR");

        ResponseEntity<String> without = api.postCsv("/api/employees/import", ADMIN,
                HEADER + row(nip, "Staf Tugas Belajar", "TP", "", "II/c", "", ""));
        assertThat(json.readTree(without.getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":0,\"unchanged\":1}"));
        assertThat(penugasan(nip)).isEqualTo("TUGAS_BELAJAR");

        // both optional columns, in their order
        ResponseEntity<String> emptied = api.postCsv("/api/employees/import", ADMIN,
                HEADER.replace("\n", ",tmt_jabatan,penugasan\n")
                        + row(nip, "Staf Tugas Belajar", "TP", "", "II/c", "", "").replace("\n", ",,\n"));
        assertThat(json.readTree(emptied.getBody()))
                .isEqualTo(json.readTree("{\"created\":0,\"updated\":1,\"unchanged\":0}"));
        assertThat(penugasan(nip)).isNull();
    }

    @ParameterizedTest(name = "penugasan {0}")
    @CsvSource(delimiter = '|', value = {"CUTI|tidak dikenal", "tugas_belajar|tidak dikenal",
            "TUGAS_BELAJAR'; DROP TABLE employee;--|tidak dikenal", "=HYPERLINK(\"http://x\")|rumus"})
    void badPenugasanIsRejectedWithLineColumnAndMessageAndNothingIsWritten(String value, String messagePart)
            throws Exception {
        long employees = countAll("employee");
        String cell = value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;

        ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN, HEADER_WITH_PENUGASAN
                + row(nip(182), "Staf Baru", "TP", "", "II/c", "", "").replace("\n", "," + cell + "\n"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(answer.getBody());
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("penugasan");
        assertThat(errors.get(0).get("message").asText()).containsIgnoringCase(messagePart);
        assertThat(countAll("employee")).isEqualTo(employees);
    }

    @Test
    void optionalColumnsOutOfOrderAreRefused() throws Exception {
        ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN,
                HEADER.replace("\n", ",penugasan,tmt_jabatan\n")
                        + row(nip(183), "Staf Judul", "TP", "", "II/c", "", "").replace("\n", ",,\n"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).get(0).get("message").asText())
                .contains("Baris judul", "tmt_jabatan,penugasan");
        assertThat(countEmployees(nip(183))).isZero();
    }

    private String penugasan(String nip) {
        return jdbc.sql("SELECT penugasan FROM employee WHERE nip = ?").param(nip)
                .query((rs, i) -> rs.getString(1)).list().get(0);
    }

    private String tmtJabatan(String nip) {
        return jdbc.sql("SELECT tmt_jabatan FROM employee WHERE nip = ?").param(nip)
                .query((rs, i) -> rs.getString(1)).list().get(0);
    }

    @Test
    void supervisorCycleThroughStoredDataIsRejected() {
        String top = nip(131);
        String below = nip(132);
        assertThat(api.postCsv("/api/employees/import", ADMIN, HEADER
                + row(top, "Atas", "TD", "", "IV/a", "", "")
                + row(below, "Bawah", "TD", "", "III/a", top, "")).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> answer = api.postCsv("/api/employees/import", ADMIN, HEADER
                + row(top, "Atas", "TD", "", "IV/a", below, ""));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("lingkaran");
        assertThat(jdbc.sql("SELECT nip_atasan FROM employee WHERE nip = ?").param(top).query(String.class)
                .optional()).isEmpty();
    }

    @Test
    void everyProblemOfAFileIsReportedInOneAnswer() throws Exception {
        String rows = row("123", "X", "TE", "", "II/a", "", "")
                + row(nip(141), "Y", "TE", "", "Z/z", "", "");
        JsonNode errors = json.readTree(api.postCsv("/api/employees/import", ADMIN, HEADER + rows).getBody());
        assertThat(errors).extracting(e -> e.get("line").asInt() + ":" + e.get("column").asText())
                .contains("2:nip", "3:golongan");
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private long countEmployees(String nip) {
        return jdbc.sql("SELECT COUNT(*) FROM employee WHERE nip = ?").param(nip).query(Long.class).single();
    }

    private long countAll(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
