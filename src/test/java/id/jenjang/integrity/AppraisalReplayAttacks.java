package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.appraisal.AppraisalRecord;
import id.jenjang.appraisal.AppraisalRepository;
import id.jenjang.appraisal.AppraisalStatus;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.TestNips;
import id.jenjang.support.TestRuleVersions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, "an old cycle's stored results can be re-checked against the rule of their time without writing
 * anything", for the appraisal: {@code decision=predikat-kinerja} replays one stored result, and
 * {@code /api/rules/replay/cycles/{key}} a whole cycle, under the version in force on the period's last day and
 * under the latest. A stricter version dated 2099 is deployed (and removed afterwards: the context is shared);
 * the expected answers are computed here from the regulation's matrix and the stored rows, not read from the
 * code. Hostile callers and parameters get 403 / 400 / 404 in Indonesian, and every call leaves every table as
 * it was. Run on H2 ({@link AppraisalReplayAttacksTest}) and PostgreSQL ({@link AppraisalReplayAttacksPostgresIT}).
 */
abstract class AppraisalReplayAttacks {

    static final String HR = AppraisalFixture.HR;
    static final String PPK = "walikota";
    static final String IN_FORCE_TAG = "PermenPANRB-6-2022";
    static final String STRICTER_TAG = "UJI-PREDIKAT-2099";
    static final LocalDate LATER = LocalDate.of(2099, 1, 1);
    static final List<String> RATINGS = List.of("DI_ATAS", "SESUAI", "DI_BAWAH");

    /** PermenPANRB 6/2022's quadrant matrix as docs/domain-rules.md §2 gives it (hasil kerja/perilaku kerja). */
    static final Map<String, String> MATRIX_2022 = Map.of(
            "DI_ATAS/DI_ATAS", "SANGAT_BAIK", "DI_ATAS/SESUAI", "BAIK", "DI_ATAS/DI_BAWAH", "KURANG",
            "SESUAI/DI_ATAS", "BAIK", "SESUAI/SESUAI", "BAIK", "SESUAI/DI_BAWAH", "KURANG",
            "DI_BAWAH/DI_ATAS", "BUTUH_PERBAIKAN", "DI_BAWAH/SESUAI", "BUTUH_PERBAIKAN",
            "DI_BAWAH/DI_BAWAH", "SANGAT_KURANG");

    /** The stricter test rule: meeting expectations on both counts is no longer BAIK. */
    static final Map<String, String> STRICTER = stricter();
    static final String STRICTER_ANNOTATION = "Uji 2099: sesuai ekspektasi saja tidak lagi Baik";

    /** The annual scenario, built once per runner (the rows stay in the shared database). */
    private static final Map<Class<?>, Annual> ANNUAL = new ConcurrentHashMap<>();

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    TestRuleVersions versions;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void removeTestVersions() {
        versions.removeAll();
    }

    // ---------------------------------------------------------------- one result

    @Test
    void aStricterPredikatVersionValidFrom2099LeavesA2026ResultAsStoredAndTheReplayShowsWhatItWouldSay()
            throws Exception {
        deployStricter();
        AppraisalFixture.Org unit = fixture.org(unitCode("Q2"), 1);
        String nip = unit.staff().get(0);
        rated(unit, nip, "2026-Q2", "SESUAI", "SESUAI");
        AppraisalRecord stored = appraisals.find(nip, "2026-Q2").orElseThrow();
        assertThat(stored.predikat()).isEqualTo(MATRIX_2022.get("SESUAI/SESUAI"));
        Map<String, Long> before = counts();

        ResponseEntity<String> answer = api().get("/api/rules/replay?decision=predikat-kinerja&nip=" + nip
                + "&date=2026-06-30", HR);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("decision").asText()).isEqualTo("predikat-kinerja");
        assertThat(body.get("date").asText()).isEqualTo("2026-06-30");
        assertThat(body.get("nip").asText()).isEqualTo(nip);
        assertThat(body.at("/inForce/versionTag").asText()).isEqualTo(IN_FORCE_TAG);
        assertThat(body.at("/inForce/version").asInt()).isEqualTo(stored.decidedBy().decisionVersion());
        assertThat(body.at("/inForce/result").asText()).isEqualTo(stored.predikat());
        assertThat(body.at("/inForce/reasons/0/criterion").asText()).isEqualTo("PREDIKAT");
        assertThat(body.at("/inForce/reasons/0/rule").asText()).isEqualTo("Rule_Sesuai_Sesuai");
        assertThat(body.at("/inForce/reasons/0/value").asText()).contains("SESUAI");
        assertThat(body.at("/latest/versionTag").asText()).isEqualTo(STRICTER_TAG);
        assertThat(body.at("/latest/version").asInt()).isGreaterThan(body.at("/inForce/version").asInt());
        assertThat(body.at("/latest/result").asText()).isEqualTo(STRICTER.get("SESUAI/SESUAI"));
        assertThat(body.at("/latest/reasons/0/rule").asText()).isEqualTo("Rule_Uji_SESUAI_SESUAI");
        assertThat(body.at("/latest/reasons/0/annotation").asText()).isEqualTo(STRICTER_ANNOTATION);
        assertThat(body.get("differences")).singleElement().satisfies(d -> {
            assertThat(d.get("criterion").asText()).isEqualTo("PREDIKAT");
            assertThat(d.get("inForce").asText()).startsWith("BAIK ");
            assertThat(d.get("latest").asText()).startsWith("BUTUH_PERBAIKAN ").contains("Rule_Uji_SESUAI_SESUAI");
        });
        assertThat(body.at("/stored/period").asText()).isEqualTo("2026-Q2");
        assertThat(body.at("/stored/predikat").asText()).isEqualTo(stored.predikat());
        assertThat(body.at("/stored/decisionKey").asText()).isEqualTo("predikat-kinerja");
        assertThat(body.at("/stored/decisionVersion").asInt()).isEqualTo(stored.decidedBy().decisionVersion());
        assertThat(body.at("/stored/versionTag").asText()).isEqualTo(IN_FORCE_TAG);
        assertThat(body.at("/stored/status").asText()).isEqualTo(stored.status().name());
        assertThat(body.get("storedSource").asText()).isEqualTo("RATING");
        assertThat(body.get("storedMatchesInForce").asBoolean()).isTrue();
        assertThat(body.get("check").asText()).isEqualTo("SAME");

        // the period alone says the same: its last day is the date that matters
        JsonNode byPeriod = json.readTree(api().get("/api/rules/replay?decision=predikat-kinerja&nip=" + nip
                + "&period=2026-Q2", HR).getBody());
        assertThat(byPeriod).isEqualTo(body);
        assertThat(counts()).isEqualTo(before);
        assertThat(appraisals.find(nip, "2026-Q2").orElseThrow()).isEqualTo(stored);
    }

    @Test
    void aCalibratedPredikatIsTheCalibrationsDoingAnUpheldObjectionTheRulesAndARewrittenOneADifference()
            throws Exception {
        Annual a = annual();
        deployStricter();
        Map<String, Long> before = counts();

        JsonNode calibrated = replay(a.calibrated(), "&date=2026-12-31");
        assertThat(calibrated.at("/stored/period").asText()).as("the annual result, not the unrated Q4")
                .isEqualTo("2026");
        assertThat(calibrated.at("/stored/predikat").asText()).isEqualTo("BAIK");
        assertThat(calibrated.at("/stored/ratedPredikat").asText()).isEqualTo("SANGAT_BAIK");
        assertThat(calibrated.at("/inForce/result").asText()).isEqualTo(MATRIX_2022.get("DI_ATAS/DI_ATAS"));
        assertThat(calibrated.get("storedSource").asText()).isEqualTo("CALIBRATION");
        assertThat(calibrated.get("storedMatchesInForce").asBoolean()).isFalse();
        assertThat(calibrated.get("check").asText()).isEqualTo("CHANGED_BY_CALIBRATION");

        JsonNode objected = replay(a.objected(), "&period=2026");
        assertThat(objected.at("/stored/hasilKerja").asText()).isEqualTo("SESUAI");
        assertThat(objected.at("/stored/perilakuKerja").asText()).isEqualTo("DI_ATAS");
        assertThat(objected.at("/stored/ratedPredikat").asText()).isEqualTo(MATRIX_2022.get("DI_BAWAH/SESUAI"));
        assertThat(objected.at("/inForce/result").asText()).isEqualTo(MATRIX_2022.get("SESUAI/DI_ATAS"));
        assertThat(objected.get("storedSource").asText()).isEqualTo("OBJECTION");
        assertThat(objected.get("storedMatchesInForce").asBoolean()).isTrue();
        assertThat(objected.get("check").asText()).isEqualTo("CHANGED_BY_OBJECTION");

        // someone with database access gave the rater a better predikat than the ratings allow
        JsonNode tampered = replay(a.tampered(), "&period=2026");
        assertThat(tampered.at("/stored/predikat").asText()).isEqualTo("SANGAT_BAIK");
        assertThat(tampered.at("/inForce/result").asText()).isEqualTo(MATRIX_2022.get("SESUAI/SESUAI"));
        assertThat(tampered.get("storedSource").asText()).isEqualTo("RATING");
        assertThat(tampered.get("storedMatchesInForce").asBoolean()).isFalse();
        assertThat(tampered.get("check").asText()).isEqualTo("DIFFERS");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void onTheLastDayOfTheYearAStoredQuarterAndYearAreToldApartByPeriod() throws Exception {
        Annual a = annual();
        ResponseEntity<String> both = api().get("/api/rules/replay?decision=predikat-kinerja&nip=" + a.same()
                + "&date=2026-12-31", HR);
        refusedNaming(both, "period", "2026-Q4", "2026");

        assertThat(replay(a.same(), "&date=2026-12-31&period=2026-Q4").at("/stored/period").asText())
                .isEqualTo("2026-Q4");
        assertThat(replay(a.same(), "&date=2026-12-31&period=2026").at("/stored/period").asText())
                .isEqualTo("2026");
    }

    // ---------------------------------------------------------------- a cycle

    @Test
    void aCycleRecheckCountsEveryStoredResultAsTheRecordsAndTheRegulationSayAndWritesNothing() throws Exception {
        Annual a = annual();
        deployStricter();
        List<Map<String, Object>> rows = cycleRows(a.cycleKey());
        Map<String, Long> before = counts();

        ResponseEntity<String> answer = api().get("/api/rules/replay/cycles/" + a.cycleKey(), HR);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("cycleKey").asText()).isEqualTo(a.cycleKey());
        assertThat(body.get("period").asText()).isEqualTo("2026");
        assertThat(body.get("date").asText()).isEqualTo("2026-12-31");
        assertThat(body.at("/inForce/versionTag").asText()).isEqualTo(IN_FORCE_TAG);
        assertThat(body.at("/latest/versionTag").asText()).isEqualTo(STRICTER_TAG);

        // computed here from the stored rows, the regulation's matrix and the stricter test matrix
        Map<String, Expected> expected = new LinkedHashMap<>();
        rows.forEach(r -> expected.put((String) r.get("nip"), Expected.of(r)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("results", rows.size());
        counts.put("notRated", (int) expected.values().stream().filter(e -> e.outcome() == null).count());
        counts.put("checked", (int) expected.values().stream().filter(e -> e.outcome() != null).count());
        counts.put("same", count(expected, "SAME"));
        counts.put("differ", count(expected, "DIFFERS"));
        counts.put("changedByCalibration", count(expected, "CHANGED_BY_CALIBRATION"));
        counts.put("changedByObjection", count(expected, "CHANGED_BY_OBJECTION"));
        counts.put("latestDiffers", (int) expected.values().stream().filter(Expected::latestDiffers).count());
        // the stricter version is not in force in 2026: no row was decided by another version than 2022's
        counts.put("decidedByOtherVersion", (int) rows.stream()
                .filter(r -> r.get("version_tag") != null && !IN_FORCE_TAG.equals(r.get("version_tag"))).count());
        assertThat(json.convertValue(body.get("counts"), Map.class)).isEqualTo(counts);
        // and what the scenario was built to hold
        assertThat(counts).containsEntry("results", 4).containsEntry("same", 1).containsEntry("differ", 1)
                .containsEntry("changedByCalibration", 1).containsEntry("changedByObjection", 1)
                .containsEntry("latestDiffers", 2);

        Map<String, JsonNode> listed = new HashMap<>();
        body.get("differences").forEach(d -> listed.put(d.get("nip").asText(), d));
        Map<String, Expected> notPlain = new HashMap<>(expected);
        notPlain.values().removeIf(e -> "SAME".equals(e.outcome()) && !e.latestDiffers());
        assertThat(listed.keySet()).isEqualTo(notPlain.keySet());
        listed.forEach((nip, d) -> {
            Expected e = expected.get(nip);
            assertThat(d.get("check").asText()).as(nip).isEqualTo(e.outcome());
            assertThat(d.get("inForce").asText()).as(nip).isEqualTo(e.inForce());
            assertThat(d.get("latest").asText()).as(nip).isEqualTo(e.latest());
            assertThat(d.get("latestDiffers").asBoolean()).as(nip).isEqualTo(e.latestDiffers());
            assertThat(d.get("storedSource").asText()).as(nip).isEqualTo(e.source());
            assertThat(d.get("nama").asText()).as(nip).isEqualTo(nama(nip));
        });
        assertThat(listed.get(a.tampered()).get("predikat").asText()).isEqualTo("SANGAT_BAIK");
        assertThat(listed.get(a.same()).get("check").asText()).isEqualTo("SAME");

        assertThat(cycleRows(a.cycleKey())).isEqualTo(rows);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aCycleWhoseResultsAreNotRatedYetIsCountedAsNotRatedAndItsReplayIsA400InWords() throws Exception {
        Annual a = annual();
        Map<String, Long> before = counts();
        JsonNode body = json.readTree(api().get("/api/rules/replay/cycles/" + a.quarterKey(), HR).getBody());
        assertThat(body.at("/counts/results").asInt()).isEqualTo(4);
        assertThat(body.at("/counts/notRated").asInt()).isEqualTo(3);
        assertThat(body.at("/counts/checked").asInt()).isEqualTo(1);
        assertThat(body.at("/counts/same").asInt()).isEqualTo(1);

        refusedNaming(api().get("/api/rules/replay?decision=predikat-kinerja&nip=" + a.calibrated()
                + "&period=2026-Q4", HR), "period", "belum dinilai");
        // the reviewer heads the unit and has no supervisor: no appraisal at all
        refusedNaming(api().get("/api/rules/replay?decision=predikat-kinerja&nip=" + a.unit().reviewer()
                + "&date=2026-06-30", HR), "date", "tidak ada hasil penilaian", "2026-Q2");
        refusedNaming(api().get("/api/rules/replay?decision=predikat-kinerja&nip=" + a.unit().reviewer()
                + "&period=2026", HR), "period", "tidak ada hasil penilaian");
        assertThat(counts()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- attacks

    @Test
    void anyoneButBkpsdmAskingForAPredikatReplayOrACycleRecheckIsRefusedWith403AndNothingIsWritten()
            throws Exception {
        Annual a = annual();
        Map<String, Long> before = counts();
        // the employee about their own result, their rater, the mayor (PPK): none of them is BKPSDM
        for (String caller : List.of(a.same(), a.unit().rater(), PPK)) {
            for (String path : List.of("/api/rules/replay?decision=predikat-kinerja&nip=" + a.same() + "&period=2026",
                    "/api/rules/replay/cycles/" + a.cycleKey())) {
                ResponseEntity<String> answer = api().get(path, caller);
                assertThat(answer.getStatusCode().value()).as(caller + " " + path).isEqualTo(403);
                assertThat(answer.getBody()).contains("BKPSDM").doesNotContain(a.same() + "\"", "predikat\"");
            }
        }
        assertThat(api().get("/api/rules/replay/cycles/" + a.cycleKey(), null).getStatusCode().value())
                .isEqualTo(401);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void hostileReplayParametersAreA400NamingTheFieldWithoutEchoingThemAndNothingIsWritten() throws Exception {
        Annual a = annual();
        Map<String, Long> before = counts();
        String replay = "/api/rules/replay?decision=predikat-kinerja";

        refusedNaming(get(replay + "&nip=" + encode("' OR '1'='1") + "&period=2026"), "nip", "18 angka");
        refusedNaming(get(replay + "&nip=" + encode(a.same() + "; DROP TABLE appraisal") + "&period=2026"), "nip",
                "18 angka");
        refusedNaming(get(replay + "&nip=" + TestNips.nip(9871) + "&period=2026"), "nip", "tidak dikenal");
        refusedNaming(get(replay + "&period=2026"), "nip", "wajib diisi");
        String huge = "2026-Q" + "9".repeat(5000);
        ResponseEntity<String> hugePeriod = get(replay + "&nip=" + a.same() + "&period=" + huge);
        refusedNaming(hugePeriod, "period", "tidak sah");
        assertThat(hugePeriod.getBody()).hasSizeLessThan(400);
        refusedNaming(get(replay + "&nip=" + a.same() + "&period=" + encode("2026' OR 1=1 --")), "period",
                "tidak sah");
        refusedNaming(get(replay + "&nip=" + a.same() + "&date=31-12-2026"), "date", "yyyy-mm-dd");
        refusedNaming(get(replay + "&nip=" + a.same() + "&date=" + encode("2026-12-31' OR '1'='1")), "date",
                "yyyy-mm-dd");
        refusedNaming(get(replay + "&nip=" + a.same() + "&date=2026-11-01"), "date", "bukan hari terakhir");
        refusedNaming(get(replay + "&nip=" + a.same() + "&date=2026-06-30&period=2026"), "date", "2026-12-31");
        refusedNaming(get(replay + "&nip=" + a.same()), "date", "wajib diisi");
        refusedNaming(get("/api/rules/replay?decision=" + encode("predikat-kinerja' --") + "&nip=" + a.same()
                + "&period=2026"), "decision", "predikat-kinerja", "promotion-eligibility");
        refusedNaming(get("/api/rules/replay?nip=" + a.same() + "&period=2026"), "decision", "wajib diisi");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUnknownOrHostileCycleKeyIsA404NamingCycleKeyAndNothingIsWritten() throws Exception {
        Annual a = annual();
        Map<String, Long> before = counts();
        for (String key : List.of("cycle:2026:TIDAK-ADA", a.cycleKey() + "' OR '1'='1",
                "cycle:2026:" + "X".repeat(3000), a.cycleKey().toLowerCase())) {
            ResponseEntity<String> answer = get("/api/rules/replay/cycles/" + encode(key));
            assertThat(answer.getStatusCode().value()).as(key).isEqualTo(404);
            JsonNode body = json.readTree(answer.getBody());
            assertThat(body.get("field").asText()).isEqualTo("cycleKey");
            assertThat(body.get("message").asText()).contains("tidak dikenal").doesNotContain("X".repeat(100));
            assertThat(answer.getBody()).doesNotContain("SELECT", "Exception", "appraisal_cycle");
        }
        assertThat(counts()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- the annual scenario

    /**
     * An annual 2026 cycle of one unit with every kind of stored result, and a 2026-Q4 cycle of the same unit
     * where only {@code same} is rated: the rater's result accepted as rated ({@code same}); a SANGAT_BAIK
     * calibrated to BAIK ({@code calibrated}); a BUTUH_PERBAIKAN changed by an upheld objection to new ratings
     * ({@code objected}); and the rater's own BAIK rewritten to SANGAT_BAIK in the database afterwards
     * ({@code tampered}).
     */
    record Annual(AppraisalFixture.Org unit, String cycleKey, String quarterKey, String same, String calibrated,
            String objected, String tampered) {
    }

    private Annual annual() {
        return ANNUAL.computeIfAbsent(getClass(), c -> buildAnnual());
    }

    private Annual buildAnnual() {
        AppraisalFixture.Org unit = fixture.org(unitCode("AN"), 3);
        Annual a = new Annual(unit, "cycle:2026:" + unit.unit(), "cycle:2026-Q4:" + unit.unit(), unit.staff().get(0),
                unit.staff().get(1), unit.staff().get(2), unit.rater());
        String cycleId = fixture.openCycleWithoutRunningJobs("2026", unit.unit());
        Map<String, String[]> ratings = Map.of(a.same(), new String[] {"SESUAI", "SESUAI"},
                a.calibrated(), new String[] {"DI_ATAS", "DI_ATAS"}, a.objected(), new String[] {"DI_BAWAH", "SESUAI"},
                a.tampered(), new String[] {"SESUAI", "SESUAI"});
        ratings.forEach((nip, r) -> rate(unit, nip, "2026", r[0], r[1]));

        // the unit's poll timer, as if its hour had passed
        await(() -> managementService.createJobQuery().processInstanceId(cycleId).activityId("Timer_WaitForRatings")
                .count() == 1, "calibration waiting for ratings");
        Job poll = managementService.createJobQuery().processInstanceId(cycleId).activityId("Timer_WaitForRatings")
                .singleResult();
        managementService.executeJob(poll.getId());
        await(() -> taskService.createTaskQuery().processInstanceId(cycleId).taskDefinitionKey("Task_CalibrateUnit")
                .count() == 1, "calibration task");
        Task calibration = taskService.createTaskQuery().processInstanceId(cycleId)
                .taskDefinitionKey("Task_CalibrateUnit").singleResult();
        fixture.complete(HR, calibration, Map.of("organisationRating", "BAIK",
                "adjustments", "[{\"nip\":\"" + a.calibrated() + "\",\"predikat\":\"BAIK\",\"reason\":"
                        + "\"Capaian di atas target belum terbukti pada rapat kalibrasi\"}]",
                "curveJustification", "Unit kecil; sebaran diputuskan pada rapat kalibrasi unit."));

        for (String nip : ratings.keySet()) {
            await(() -> reviewTask(nip, "2026") != null, "review of " + nip);
            if (nip.equals(a.objected())) {
                fixture.complete(nip, reviewTask(nip, "2026"), Map.of("accepted", false,
                        "objectionReason", "Target tambahan saya tercapai, bukti terlampir."));
                Task decide = fixture.task(fixture.appraisal(nip, "2026").getId(), "Task_DecideObjection");
                fixture.complete(unit.reviewer(), decide, Map.of("objectionDecision", "UPHELD",
                        "objectionNote", "Bukti target tambahan sah.", "hasilKerja", "SESUAI",
                        "perilakuKerja", "DI_ATAS"));
            } else {
                fixture.complete(nip, reviewTask(nip, "2026"), Map.of("accepted", true));
            }
            await(() -> status(nip, "2026") == AppraisalStatus.FINAL, "final result of " + nip);
        }
        jdbc.sql("UPDATE appraisal SET predikat = 'SANGAT_BAIK' WHERE nip = ? AND period = '2026'")
                .param(a.tampered()).update();

        fixture.openCycleWithoutRunningJobs("2026-Q4", unit.unit());
        rate(unit, a.same(), "2026-Q4", "SESUAI", "DI_ATAS");
        for (String nip : List.of(a.calibrated(), a.objected(), a.tampered())) {
            await(() -> status(nip, "2026-Q4") == AppraisalStatus.SELF_ASSESSMENT, "Q4 appraisal of " + nip);
        }
        return a;
    }

    /** Self-assessment and rating done the legitimate way, by the employee and their rater. */
    private void rate(AppraisalFixture.Org unit, String nip, String period, String hasil, String perilaku) {
        await(() -> fixture.appraisal(nip, period) != null && taskService.createTaskQuery()
                .processInstanceBusinessKey(nip + ":" + period).taskDefinitionKey("Task_SelfAssessment").count() == 1,
                "self-assessment of " + nip + " " + period);
        String id = fixture.appraisal(nip, period).getId();
        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment",
                "Target SKP tercapai."));
        String rater = nip.equals(unit.rater()) ? unit.reviewer() : unit.rater();
        fixture.complete(rater, fixture.task(id, "Task_RateEmployee"),
                AppraisalFixture.rating(hasil, perilaku, "Sesuai bukti kinerja"));
    }

    /** A quarterly result rated and waiting for the employee's review. */
    private void rated(AppraisalFixture.Org unit, String nip, String period, String hasil, String perilaku) {
        fixture.openCycleWithoutRunningJobs(period, unit.unit());
        rate(unit, nip, period, hasil, perilaku);
        await(() -> status(nip, period) == AppraisalStatus.REVIEW, "rating stored");
    }

    private Task reviewTask(String nip, String period) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nip + ":" + period)
                .taskDefinitionKey("Task_ReviewResult").singleResult();
    }

    private AppraisalStatus status(String nip, String period) {
        return appraisals.find(nip, period).map(AppraisalRecord::status).orElse(null);
    }

    // ---------------------------------------------------------------- expectations, computed here

    /** One stored row judged as docs/rules.md defines it, from the row's columns and the two matrices. */
    record Expected(String source, String inForce, String latest, String outcome, boolean latestDiffers) {

        static Expected of(Map<String, Object> row) {
            String hasil = (String) row.get("hasil_kerja");
            String perilaku = (String) row.get("perilaku_kerja");
            String source = "UPHELD".equals(row.get("objection_decision")) ? "OBJECTION"
                    : row.get("calibration_reason") != null ? "CALIBRATION" : "RATING";
            if (hasil == null || perilaku == null) {
                return new Expected(source, null, null, null, false);
            }
            String inForce = MATRIX_2022.get(hasil + "/" + perilaku);
            String latest = STRICTER.get(hasil + "/" + perilaku);
            String predikat = (String) row.get("predikat");
            String rated = (String) row.get("rated_predikat");
            String outcome;
            if (predikat.equals(inForce)) {
                outcome = source.equals("OBJECTION") && !predikat.equals(rated) ? "CHANGED_BY_OBJECTION" : "SAME";
            } else {
                outcome = source.equals("CALIBRATION") && inForce.equals(rated) ? "CHANGED_BY_CALIBRATION" : "DIFFERS";
            }
            return new Expected(source, inForce, latest, outcome, !inForce.equals(latest));
        }
    }

    private static int count(Map<String, Expected> expected, String outcome) {
        return (int) expected.values().stream().filter(e -> outcome.equals(e.outcome())).count();
    }

    private static Map<String, String> stricter() {
        Map<String, String> m = new HashMap<>(MATRIX_2022);
        m.put("SESUAI/SESUAI", "BUTUH_PERBAIKAN");
        return Map.copyOf(m);
    }

    // ---------------------------------------------------------------- helpers

    /** predikat-kinerja with {@link #STRICTER}'s nine rows, valid from 2099. */
    private void deployStricter() {
        StringBuilder rules = new StringBuilder();
        for (String hasil : RATINGS) {
            for (String perilaku : RATINGS) {
                String id = "Rule_Uji_" + hasil + "_" + perilaku;
                String predikat = STRICTER.get(hasil + "/" + perilaku);
                String note = Objects.equals(predikat, MATRIX_2022.get(hasil + "/" + perilaku)) ? ""
                        : "<description>" + STRICTER_ANNOTATION + "</description>";
                rules.append("""
                        <rule id="%1$s">%2$s
                          <inputEntry id="%1$s_H"><text>"%3$s"</text></inputEntry>
                          <inputEntry id="%1$s_P"><text>"%4$s"</text></inputEntry>
                          <outputEntry id="%1$s_O"><text>"%5$s"</text></outputEntry>
                        </rule>
                        """.formatted(id, note, hasil, perilaku, predikat));
            }
        }
        versions.deploy("predikat-kinerja.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_UjiPredikatKetat" name="Uji" namespace="http://jenjang.id/dmn">
                  <decision id="predikat-kinerja" name="Uji predikat ketat" camunda:versionTag="%s" camunda:historyTimeToLive="1">
                    <decisionTable id="DecisionTable_UjiPredikatKetat" hitPolicy="UNIQUE">
                      <input id="Input_HasilKerja" camunda:inputVariable="hasilKerja">
                        <inputExpression id="InputExpression_HasilKerja" typeRef="string"><text>hasilKerja</text></inputExpression>
                      </input>
                      <input id="Input_PerilakuKerja" camunda:inputVariable="perilakuKerja">
                        <inputExpression id="InputExpression_PerilakuKerja" typeRef="string"><text>perilakuKerja</text></inputExpression>
                      </input>
                      <output id="Output_Predikat" name="predikat" typeRef="string"/>
                      %s
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(STRICTER_TAG, rules), "predikat-kinerja", STRICTER_TAG, LATER);
    }

    private JsonNode replay(String nip, String query) throws Exception {
        ResponseEntity<String> answer = get("/api/rules/replay?decision=predikat-kinerja&nip=" + nip + query);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private void refusedNaming(ResponseEntity<String> answer, String field, String... words) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("field").asText()).as(answer.getBody()).isEqualTo(field);
        assertThat(body.get("message").asText()).startsWith(field + ": ").contains(words);
        assertThat(answer.getBody()).doesNotContain("Exception", "SELECT", "java.", "\tat ");
    }

    /** As BKPSDM, with the path sent exactly as written (its hostile parts percent-encoded by {@link #encode}). */
    private ResponseEntity<String> get(String path) {
        return api().getEncoded(path, HR);
    }

    private Api api() {
        return new Api(rest);
    }

    /** Percent-encoded for a query value or a path segment (a space as %20, which both read as a space). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String unitCode(String name) {
        return "RPL-" + name + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private String nama(String nip) {
        return jdbc.sql("SELECT nama FROM employee WHERE nip = ?").param(nip).query(String.class).single();
    }

    private List<Map<String, Object>> cycleRows(String cycleKey) {
        return jdbc.sql("SELECT * FROM appraisal WHERE cycle_key = ? ORDER BY nip").param(cycleKey).query()
                .listOfRows().stream().map(row -> {
                    // the column names' case is the database's (H2 upper, PostgreSQL lower)
                    Map<String, Object> lower = new LinkedHashMap<>();
                    row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
                    return lower;
                }).toList();
    }

    /** Every table a replay could touch, Jenjang's and the engine's decision history. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("appraisal", "appraisal_cycle", "calibration", "annual_result", "coaching_case",
                "case_repair", "promotion_case", "promotion_audit", "rule_validity", "ACT_HI_DECINST")) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
