package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.appraisal.AppraisalRecord;
import id.jenjang.appraisal.AppraisalRepository;
import id.jenjang.appraisal.AppraisalStatus;
import id.jenjang.appraisal.PredikatDecision;
import id.jenjang.appraisal.Rating;
import id.jenjang.employee.EmployeeImportService;
import id.jenjang.employee.Groups;
import id.jenjang.promotion.AuditEntry;
import id.jenjang.promotion.Criterion;
import id.jenjang.promotion.EligibilityCriterion;
import id.jenjang.promotion.EligibilityResult;
import id.jenjang.promotion.PromotionAuditLog;
import id.jenjang.promotion.EligibilityService;
import id.jenjang.promotion.PromotionType;
import id.jenjang.rules.DecisionVersion;
import id.jenjang.rules.RuleNotInForce;
import id.jenjang.rules.RulesInForce;
import id.jenjang.support.AnnualYears;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.TestNips;
import id.jenjang.support.TestRuleVersions;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, "rules in force": a process owner (or anyone who can deploy) puts a new version of a decision in
 * place before its regulation takes effect, and the verdicts of earlier dates must stay what the rule of their
 * time says; an undated version is never applied; every stored result names the version that produced it; the
 * replay answers both versions to BKPSDM only and writes nothing. The later versions are deployed by the test
 * and deleted afterwards (the context is shared), with validity rows of their own test tags.
 * Run on H2 ({@link RulesInForceAttacksTest}) and PostgreSQL ({@link RulesInForceAttacksPostgresIT}).
 */
abstract class RulesInForceAttacks {

    static final String HR = AppraisalFixture.HR;
    static final String EMPLOYEE = "200107022024012202";
    static final LocalDate PERIOD_DATE = LocalDate.of(2026, 11, 1);
    static final LocalDate LATER = LocalDate.of(2099, 1, 1);
    static final String LATER_TAG = "UJI-BERLAKU-2099";

    @Autowired
    RulesInForce rules;
    @Autowired
    EligibilityService eligibility;
    @Autowired
    PredikatDecision predikat;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PromotionAuditLog audit;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Autowired
    TestRuleVersions versions;

    @AfterEach
    void removeTestVersions() {
        versions.removeAll();
    }

    // ---------------------------------------------------------------- promotion eligibility

    @Test
    void aStricterEligibilityVersionValidFrom2099DoesNotChangeAKpPeriodIn2026() {
        String nip = candidate(3101);
        EligibilityResult before = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, PERIOD_DATE);
        assertThat(before.rule().versionTag()).isEqualTo("PerBKN-2-2025");

        deployStricterEligibility(LATER_TAG, LATER);

        EligibilityResult after = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, PERIOD_DATE);
        assertThat(after).isEqualTo(before);
        EligibilityResult in2099 = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, LATER);
        assertThat(in2099.rule().versionTag()).isEqualTo(LATER_TAG);
        assertThat(in2099.eligible()).isFalse();
        assertThat(in2099.criteria()).singleElement().satisfies(c -> assertThat(c.requirement()).contains("100 tahun"));
    }

    @Test
    void aVersionDeployedWithoutAValidityDateForItsTagIsNeverApplied() {
        String nip = candidate(3102);
        deployStricterEligibility("UJI-TANPA-TANGGAL", null);

        assertThat(eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, LATER).rule().versionTag())
                .isEqualTo("PerBKN-2-2025");
        assertThat(rules.latest("promotion-eligibility").version().versionTag()).isEqualTo("UJI-TANPA-TANGGAL");
    }

    @Test
    void aDateBeforeEveryRecordedValidityStartIsRefusedInsteadOfJudgedByALaterRule() {
        String nip = candidate(3103);
        assertThatThrownBy(() -> eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null,
                LocalDate.of(2025, 5, 19))).isInstanceOf(RuleNotInForce.class)
                .hasMessageContaining("promotion-eligibility").hasMessageContaining("2025-05-19");
    }

    @Test
    void theEligibilityReasonsNameTheDecisionVersionOfEveryCriterion() throws Exception {
        String nip = candidate(3104);
        EligibilityResult result = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, PERIOD_DATE);
        DecisionVersion inForce = rules.inForce("promotion-eligibility", PERIOD_DATE).version();

        JsonNode reasons = json.readTree(eligibility.reasonsJson(result));
        assertThat(reasons).isNotEmpty();
        reasons.forEach(r -> {
            assertThat(r.get("decisionKey").asText()).isEqualTo("promotion-eligibility");
            assertThat(r.get("decisionVersion").asInt()).isEqualTo(inForce.decisionVersion());
            assertThat(r.get("versionTag").asText()).isEqualTo("PerBKN-2-2025");
        });
    }

    @Test
    void theTrailsEligibilityEntryCarriesTheVersionAndRewritingTheTagBreaksTheChain() throws Exception {
        AppraisalFixture.Org unit = fixture.org("RIF-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36), 1);
        String nip = unit.staff().get(0);
        // both annual results the KP period needs are final, so the case is judged rather than refused as
        // "belum dapat dinilai"
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK'), (?, ?, 'BAIK')")
                .params(nip, years.previous(), nip, years.last()).update();
        identityService.setAuthentication(unit.rater(), List.of(Groups.PEGAWAI));
        String id;
        try {
            id = runtimeService.startProcessInstanceByKey("promotion", Map.of("nip", nip, "promotionType",
                    "KP_REGULER", "targetRank", "II/d", "nominationReason", "Uji aturan berlaku")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        String processId = id;
        await(() -> audit.entries(processId).stream().anyMatch(e -> e.step().equals("ELIGIBILITY")), "eligibility");
        AuditEntry entry = audit.entries(id).stream().filter(e -> e.step().equals("ELIGIBILITY")).findFirst()
                .orElseThrow();
        JsonNode payload = json.readTree(entry.payload());
        assertThat(payload.get("decisionKey").asText()).isEqualTo("promotion-eligibility");
        assertThat(payload.get("versionTag").asText()).isEqualTo("PerBKN-2-2025");
        assertThat(payload.get("kpPeriod").asText()).isEqualTo(years.period().toString());
        assertThat(payload.get("decisionVersion").asInt()).isEqualTo(rules.inForce("promotion-eligibility",
                years.period()).version().decisionVersion());
        assertThat(audit.verify(id).valid()).isTrue();

        // someone with database access claims an older rule judged the case
        jdbc.sql("UPDATE promotion_audit SET payload = REPLACE(payload, 'PerBKN-2-2025', 'KepKaBKN-12-2002')"
                + " WHERE process_instance_id = ? AND seq = ?").params(id, entry.seq()).update();
        assertThat(audit.verify(id).valid()).isFalse();
        assertThat(audit.verify(id).brokenAtSeq()).isEqualTo(entry.seq());
    }

    // ---------------------------------------------------------------- education ceiling

    @Test
    void aLowerEducationCeilingValidFrom2099LeavesThe2026And2027KpPeriodsAsTheyWereAndJudges2099() throws Exception {
        String nip = candidate(3108);
        LocalDate april2027 = LocalDate.of(2027, 4, 1);
        EligibilityResult before2026 = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, PERIOD_DATE);
        EligibilityResult before2027 = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, april2027);
        EligibilityCriterion ceiling2026 = ceilingOf(before2026);
        assertThat(ceiling2026.result()).isEqualTo(EligibilityCriterion.Result.PASS);
        assertThat(ceiling2026.value()).endsWith("paling tinggi III/d");
        assertThat(ceiling2026.ceilingRule()).isEqualTo(rules.inForce("promotion-education-ceiling", PERIOD_DATE)
                .version());
        assertThat(ceiling2026.ceilingRule().versionTag()).isEqualTo("PerBKN-2-2025");

        deployLowerCeiling(LATER_TAG, LATER);

        assertThat(eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, PERIOD_DATE)).isEqualTo(before2026);
        assertThat(eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, april2027)).isEqualTo(before2027);
        EligibilityCriterion in2099 = ceilingOf(eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null,
                LATER));
        assertThat(in2099.result()).isEqualTo(EligibilityCriterion.Result.FAIL);
        assertThat(in2099.value()).endsWith("paling tinggi III/b");
        assertThat(in2099.ceilingRule().versionTag()).isEqualTo(LATER_TAG);
        assertThat(in2099.ceilingRule().decisionKey()).isEqualTo("promotion-education-ceiling");
        // the eligibility rule itself did not change: only the table that set the ceiling
        assertThat(in2099.rule().versionTag()).isEqualTo("PerBKN-2-2025");

        // replay: the ceiling in force on the date on one side, the latest table on the other
        ResponseEntity<String> answer = api().get("/api/rules/replay?decision=promotion-eligibility&nip=" + nip
                + "&date=" + PERIOD_DATE + "&target=III/c", HR);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = json.readTree(answer.getBody());
        JsonNode inForceCeiling = criterion(body.at("/inForce/reasons"), "PANGKAT_PENDIDIKAN");
        JsonNode latestCeiling = criterion(body.at("/latest/reasons"), "PANGKAT_PENDIDIKAN");
        assertThat(inForceCeiling.get("result").asText()).isEqualTo("PASS");
        assertThat(inForceCeiling.at("/ceilingRule/versionTag").asText()).isEqualTo("PerBKN-2-2025");
        assertThat(latestCeiling.get("result").asText()).isEqualTo("FAIL");
        assertThat(latestCeiling.at("/ceilingRule/versionTag").asText()).isEqualTo(LATER_TAG);
        List<String> differing = new ArrayList<>();
        body.get("differences").forEach(d -> differing.add(d.get("criterion").asText()));
        assertThat(differing).containsExactly("PANGKAT_PENDIDIKAN");
    }

    @Test
    void anEducationCeilingDeployedWithoutAValidityDateIsNeverApplied() {
        String nip = candidate(3109);
        deployLowerCeiling("UJI-TANPA-TANGGAL", null);

        EligibilityCriterion in2099 = ceilingOf(eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null,
                LATER));
        assertThat(in2099.result()).isEqualTo(EligibilityCriterion.Result.PASS);
        assertThat(in2099.ceilingRule().versionTag()).isEqualTo("PerBKN-2-2025");
        assertThat(rules.latest("promotion-education-ceiling").version().versionTag()).isEqualTo("UJI-TANPA-TANGGAL");
    }

    private static EligibilityCriterion ceilingOf(EligibilityResult result) {
        return result.criteria().stream().filter(c -> c.criterion() == Criterion.PANGKAT_PENDIDIKAN).findFirst()
                .orElseThrow();
    }

    private static JsonNode criterion(JsonNode reasons, String criterion) {
        for (JsonNode r : reasons) {
            if (r.get("criterion").asText().equals(criterion)) {
                return r;
            }
        }
        throw new AssertionError(criterion + " not in " + reasons);
    }

    // ---------------------------------------------------------------- replay

    @Test
    void bkpsdmReplaysACaseUnderTheRuleOfItsDateAndTheLatestAndNothingIsWritten() throws Exception {
        String nip = candidate(3105);
        deployStricterEligibility(LATER_TAG, LATER);
        // judged here first, as a case would be (this evaluation is in the engine's decision history)
        EligibilityResult direct = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null, PERIOD_DATE);
        Map<String, Long> before = counts();

        ResponseEntity<String> answer = api().get("/api/rules/replay?decision=promotion-eligibility&nip=" + nip
                + "&date=" + PERIOD_DATE + "&target=III/c", HR);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("decision").asText()).isEqualTo("promotion-eligibility");
        assertThat(body.get("date").asText()).isEqualTo(PERIOD_DATE.toString());
        assertThat(body.at("/inForce/versionTag").asText()).isEqualTo("PerBKN-2-2025");
        assertThat(body.at("/latest/versionTag").asText()).isEqualTo(LATER_TAG);
        assertThat(body.at("/latest/version").asInt()).isGreaterThan(body.at("/inForce/version").asInt());
        assertThat(body.at("/inForce/result").asText())
                .isEqualTo(direct.eligible() ? "MEMENUHI_SYARAT" : "TIDAK_MEMENUHI_SYARAT");
        assertThat(body.at("/inForce/reasons")).hasSize(direct.criteria().size());
        assertThat(body.at("/latest/result").asText()).isEqualTo("TIDAK_MEMENUHI_SYARAT");
        assertThat(body.at("/latest/reasons")).hasSize(1);
        List<String> differing = new ArrayList<>();
        body.get("differences").forEach(d -> differing.add(d.get("criterion").asText()));
        assertThat(differing).contains("MASA_KERJA_GOLONGAN");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anEmployeeWhoAsksForAReplayIsRefusedWith403AndNothingIsWritten() throws Exception {
        String nip = candidate(3106);
        Map<String, Long> before = counts();

        ResponseEntity<String> answer = api().get("/api/rules/replay?decision=promotion-eligibility&nip=" + nip
                + "&date=" + PERIOD_DATE, EMPLOYEE);

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(answer.getBody()).get("message").asText()).contains("BKPSDM");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aReplayWithAnUnreadableDateOrAnotherDecisionIsA400InWords() throws Exception {
        String nip = candidate(3107);
        ResponseEntity<String> badDate = api().get("/api/rules/replay?decision=promotion-eligibility&nip=" + nip
                + "&date=01-11-2026", HR);
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(badDate.getBody()).get("message").asText()).contains("date", "yyyy-mm-dd");

        ResponseEntity<String> before = api().get("/api/rules/replay?decision=promotion-eligibility&nip=" + nip
                + "&date=2020-01-01", HR);
        assertThat(before.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(before.getBody()).get("message").asText()).contains("2020-01-01");

        ResponseEntity<String> other = api().get("/api/rules/replay?decision=dataSource&nip=" + nip
                + "&date=2026-11-01", HR);
        assertThat(other.getStatusCode().value()).isEqualTo(400);
        assertThat(other.getBody()).doesNotContain("Exception", "SELECT");
    }

    // ---------------------------------------------------------------- appraisal

    @Test
    void aPredikatVersionValidFrom2099DoesNotChangeA2026RatingAndTheStoredResultNamesItsVersion()
            throws Exception {
        deployHarshPredikat(LATER_TAG, LATER);
        assertThat(predikat.decide(Rating.SESUAI, Rating.SESUAI, "2099").predikat().name()).isEqualTo("SANGAT_KURANG");
        DecisionVersion inForce = rules.inForce("predikat-kinerja", LocalDate.of(2026, 12, 31)).version();

        AppraisalFixture.Org unit = fixture.org("RIF-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36), 1);
        String nip = unit.staff().get(0);
        String period = "2026-Q4";
        fixture.openCycleWithoutRunningJobs(period, unit.unit());
        await(() -> fixture.appraisal(nip, period) != null
                && taskService.createTaskQuery().processInstanceBusinessKey(nip + ":" + period)
                .taskDefinitionKey("Task_SelfAssessment").count() == 1, "appraisal started");
        String id = fixture.appraisal(nip, period).getId();
        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", "Target tercapai."));
        fixture.complete(unit.rater(), fixture.task(id, "Task_RateEmployee"),
                AppraisalFixture.rating("SESUAI", "SESUAI", "Sesuai target"));
        await(() -> appraisals.find(nip, period).map(AppraisalRecord::status).orElse(null) == AppraisalStatus.REVIEW,
                "rating stored");

        AppraisalRecord stored = appraisals.find(nip, period).orElseThrow();
        assertThat(stored.predikat()).isEqualTo("BAIK");
        assertThat(stored.decidedBy()).isEqualTo(inForce);
        assertThat(inForce.versionTag()).isEqualTo("PermenPANRB-6-2022");
        JsonNode view = json.readTree(api().get("/api/appraisals?nip=" + nip + "&period=" + period, HR).getBody());
        assertThat(view.get("decisionKey").asText()).isEqualTo("predikat-kinerja");
        assertThat(view.get("decisionVersion").asInt()).isEqualTo(inForce.decisionVersion());
        assertThat(view.get("versionTag").asText()).isEqualTo("PermenPANRB-6-2022");
    }

    // ---------------------------------------------------------------- helpers

    private Api api() {
        return new Api(rest);
    }

    private Map<String, Long> counts() {
        return Map.of("promotion_case", count("promotion_case"), "promotion_audit", count("promotion_audit"),
                "appraisal", count("appraisal"), "rule_validity", count("rule_validity"),
                "ACT_HI_DECINST", count("ACT_HI_DECINST"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** A pelaksana III/b since 2020 under no supervisor, no appraisal history (criteria apply either way). */
    private String candidate(int n) {
        String nip = TestNips.nip(n);
        employeeImport.importCsv("nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,"
                + "tmt_golongan,pendidikan,nip_atasan,peran\n"
                + String.join(",", nip, "Pegawai Uji Aturan " + n, "", "TRIF", "Unit Uji Aturan Berlaku", "",
                        "Pengadministrasi", "PELAKSANA", "III/b", "2020-04-01", "S1", "", "") + "\n", false);
        return nip;
    }

    /** promotion-eligibility with one KP reguler row: 100 years in rank. */
    private void deployStricterEligibility(String tag, LocalDate validFrom) {
        deploy("promotion-eligibility.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_UjiEligibility" name="Uji" namespace="http://jenjang.id/dmn">
                  <decision id="promotion-eligibility" name="Uji syarat" camunda:versionTag="%s" camunda:historyTimeToLive="1">
                    <decisionTable id="DecisionTable_Uji" hitPolicy="COLLECT">
                      <input id="Input_PromotionType" camunda:inputVariable="promotionType">
                        <inputExpression id="InputExpression_PromotionType" typeRef="string"><text>promotionType</text></inputExpression>
                      </input>
                      <input id="Input_TargetPosition" camunda:inputVariable="targetPosition">
                        <inputExpression id="InputExpression_TargetPosition" typeRef="string"><text>targetPosition</text></inputExpression>
                      </input>
                      <output id="Output_Criterion" name="criterion" typeRef="string"/>
                      <output id="Output_Years" name="years" typeRef="integer"/>
                      <rule id="Rule_Uji">
                        <inputEntry id="Rule_Uji_Type"><text>"KP_REGULER"</text></inputEntry>
                        <inputEntry id="Rule_Uji_Position"><text></text></inputEntry>
                        <outputEntry id="Rule_Uji_Criterion"><text>"MASA_KERJA_GOLONGAN"</text></outputEntry>
                        <outputEntry id="Rule_Uji_Years"><text>100</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(tag), "promotion-eligibility", tag, validFrom);
    }

    /** promotion-education-ceiling with one row: S1 reaches at most III/b (the regulation's table says III/d). */
    private void deployLowerCeiling(String tag, LocalDate validFrom) {
        deploy("promotion-education-ceiling.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_UjiCeiling" name="Uji" namespace="http://jenjang.id/dmn">
                  <decision id="promotion-education-ceiling" name="Uji pangkat tertinggi" camunda:versionTag="%s" camunda:historyTimeToLive="1">
                    <decisionTable id="DecisionTable_UjiCeiling" hitPolicy="UNIQUE">
                      <input id="Input_Pendidikan" camunda:inputVariable="pendidikan">
                        <inputExpression id="InputExpression_Pendidikan" typeRef="string"><text>pendidikan</text></inputExpression>
                      </input>
                      <output id="Output_MaxGolongan" name="maxGolongan" typeRef="string"/>
                      <rule id="Rule_Uji">
                        <inputEntry id="Rule_Uji_Pendidikan"><text>"S1"</text></inputEntry>
                        <outputEntry id="Rule_Uji_MaxGolongan"><text>"III/b"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(tag), "promotion-education-ceiling", tag, validFrom);
    }

    /** predikat-kinerja giving SANGAT_KURANG for everything: unmistakable if it were applied. */
    private void deployHarshPredikat(String tag, LocalDate validFrom) {
        deploy("predikat-kinerja.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_UjiPredikat" name="Uji" namespace="http://jenjang.id/dmn">
                  <decision id="predikat-kinerja" name="Uji predikat" camunda:versionTag="%s" camunda:historyTimeToLive="1">
                    <decisionTable id="DecisionTable_UjiPredikat" hitPolicy="UNIQUE">
                      <input id="Input_HasilKerja" camunda:inputVariable="hasilKerja">
                        <inputExpression id="InputExpression_HasilKerja" typeRef="string"><text>hasilKerja</text></inputExpression>
                      </input>
                      <input id="Input_PerilakuKerja" camunda:inputVariable="perilakuKerja">
                        <inputExpression id="InputExpression_PerilakuKerja" typeRef="string"><text>perilakuKerja</text></inputExpression>
                      </input>
                      <output id="Output_Predikat" name="predikat" typeRef="string"/>
                      <rule id="Rule_Uji">
                        <inputEntry id="Rule_Uji_Hasil"><text></text></inputEntry>
                        <inputEntry id="Rule_Uji_Perilaku"><text></text></inputEntry>
                        <outputEntry id="Rule_Uji_Predikat"><text>"SANGAT_KURANG"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(tag), "predikat-kinerja", tag, validFrom);
    }

    private void deploy(String resource, String xml, String key, String tag, LocalDate validFrom) {
        versions.deploy(resource, xml, key, tag, validFrom);
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
