package id.jenjang.promotion;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.process.FormValidation;
import id.jenjang.rules.DecisionVersion;
import id.jenjang.rules.RulesInForce;
import id.jenjang.support.AnnualYears;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code promotion} with the real models, the demo committee (five TPK members), the demo Sekda
 * and mayor; timers and asynchronous steps fired by hand.
 */
@JenjangProcessTest
class PromotionProcessTest {

    static final String SEKDA = "197212031992112001";
    static final String PPK = "walikota";

    @Autowired
    ProcessEngine engine;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @Autowired
    PromotionAuditLog audit;
    @Autowired
    RulesInForce rules;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    /**
     * A staff member four years and more in II/c, BAIK in the earlier of the two annual results a nomination today
     * is judged on and BAIK (or BUTUH_PERBAIKAN) in the latest, nominated for II/d by the rater.
     */
    private ProcessInstance nominate(AppraisalFixture.Org unit, boolean eligible) {
        String nip = unit.staff().get(0);
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK')")
                .params(nip, years.previous()).update();
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, ?)").params(nip, years.last(),
                eligible ? "BAIK" : "BUTUH_PERBAIKAN").update();
        return nominateAs(unit.rater(), List.of("pegawai"), nip);
    }

    /** Both annual results a nomination today is judged on, BAIK. */
    private void goodHistory(String nip) {
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK'), (?, ?, 'BAIK')")
                .params(nip, years.previous(), nip, years.last()).update();
    }

    private ProcessInstance nominateAs(String user, List<String> groups, String nip) {
        identityService.setAuthentication(user, groups);
        try {
            return runtimeService.startProcessInstanceByKey("promotion", Map.of("nip", nip, "promotionType",
                    "KP_REGULER", "targetRank", "II/d", "nominationReason", "Kinerja baik dua tahun berturut-turut"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void verify(ProcessInstance p, boolean ok) {
        fixture.complete(AppraisalFixture.HR, fixture.task(p.getId(), "Task_VerifyDocuments"),
                Map.of("verified", ok ? "true" : "false", "verificationNote", ok ? "Berkas lengkap" : "Ijazah belum ada"));
    }

    private void vote(ProcessInstance p, int approvals) {
        // the asynchronous step that sets the committee
        fixture.executeJob(p.getId(), "Task_PrepareVote");
        List<Task> votes = taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("Task_TpkVote")
                .list();
        Assertions.assertThat(votes).hasSize(5);
        int i = 0;
        for (Task t : votes) {
            boolean approve = i++ < approvals;
            fixture.complete(t.getAssignee(), t, Map.of("vote", approve ? "APPROVE" : "REJECT", "voteReason",
                    approve ? "Capaian kinerja terbukti" : "Belum cukup bukti kompetensi"));
        }
    }

    private void sekda(ProcessInstance p, boolean yes) {
        fixture.complete(SEKDA, fixture.task(p.getId(), "Task_SekdaRecommendation"),
                Map.of("recommended", yes ? "true" : "false", "recommendationNote", yes ? "Layak" : "Belum layak"));
    }

    private void ppk(ProcessInstance p, boolean yes) {
        fixture.complete(PPK, fixture.task(p.getId(), "Task_PpkDecision"),
                Map.of("approved", yes ? "true" : "false", "decisionNote", yes ? "Ditetapkan" : "Ditolak oleh PPK"));
    }

    /**
     * The case is on the public board as one that ended without promotion: listed with the candidate's initials,
     * the status label and the reason of the step that ended it, its audit verifying, and the candidate's name
     * and the NIPs of everyone involved in none of list, page and audit.
     */
    private JsonNode onBoardWithInitials(ProcessInstance p, AppraisalFixture.Org unit, String statusLabel,
            String decisiveStep, String reason) throws Exception {
        Api api = new Api(rest);
        String nip = unit.staff().get(0);
        String nama = "Staf 1 " + unit.unit();
        JsonNode c = null;
        for (JsonNode listed : json.readTree(api.get("/api/public/promotions").getBody())) {
            if (listed.get("processInstanceId").asText().equals(p.getId())) {
                c = listed;
            }
        }
        Assertions.assertThat(c).as("case %s on the board", p.getId()).isNotNull();
        Assertions.assertThat(c.get("nama").asText()).isEqualTo("S. U.");
        Assertions.assertThat(c.get("initialsOnly").asBoolean()).isTrue();
        Assertions.assertThat(c.get("outcome").asText()).isEqualTo("NOT_PROMOTED");
        Assertions.assertThat(c.get("statusLabel").asText()).isEqualTo(statusLabel);
        Assertions.assertThat(c.get("decidedAt").isNull()).isFalse();
        Assertions.assertThat(c.at("/decisiveStep/step").asText()).isEqualTo(decisiveStep);
        Assertions.assertThat(c.at("/decisiveStep/reason").asText()).contains(reason);
        Assertions.assertThat(c.get("chainValid").asBoolean()).isTrue();

        var audit = api.get("/api/public/promotions/" + p.getId() + "/audit");
        Assertions.assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(json.readTree(audit.getBody()).get("valid").asBoolean()).isTrue();
        String page = api.get("/transparansi").getBody();
        String section = page.substring(page.indexOf("id=\"kasus-" + p.getId() + "\""));
        section = section.substring(0, section.indexOf("</article>"));
        Assertions.assertThat(section).contains("tidak-naik", "S. U.", statusLabel, "Keputusan akhir");
        for (String text : List.of(c.toString(), audit.getBody(), section)) {
            Assertions.assertThat(text).doesNotContain(nama, nip, unit.rater(), unit.reviewer());
        }
        return c;
    }

    @Test
    void ineligibleCandidateEndsWithTheReasonsRecordedAndOnTheBoard() throws Exception {
        var unit = fixture.org("UJI.PR1", 1);
        ProcessInstance p = nominate(unit, false);
        assertThat(p).isEnded().hasPassed("Task_CheckEligibility", "Task_NotifyNotEligible", "EndEvent_NotEligible");
        Assertions.assertThat(historyVariable(p, "eligible")).isEqualTo(false);
        AnnualYears years = AnnualYears.forNominationToday(clock);
        Assertions.assertThat((String) historyVariable(p, "eligibilityReasons")).contains("FAIL")
                .contains(years.last() + ": Butuh Perbaikan; " + years.previous() + ": Baik");
        onBoardWithInitials(p, unit, "Tidak memenuhi syarat", "ELIGIBILITY", "Butuh Perbaikan");
    }

    @Test
    void aCaseStillRunningIsNotPublic() throws Exception {
        var unit = fixture.org("UJI.PR0", 1);
        ProcessInstance p = nominate(unit, true);
        assertThat(p).isWaitingAt("Task_VerifyDocuments");
        Api api = new Api(rest);
        Assertions.assertThat(api.get("/api/public/promotions").getBody()).doesNotContain(p.getId());
        Assertions.assertThat(api.get("/transparansi").getBody()).doesNotContain(p.getId());
        Assertions.assertThat(api.get("/api/public/promotions/" + p.getId() + "/audit").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        verify(p, true);
        fixture.executeJob(p.getId(), "Task_PrepareVote");
        Assertions.assertThat(api.get("/api/public/promotions/" + p.getId() + "/audit").getStatusCode())
                .as("in the TPK").isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * Missing data is not a verdict: a candidate whose annual result is not final on the period date is not
     * judged; the nomination is refused with what is missing, and no case exists (nothing on the board).
     */
    @Test
    void aNominationThatCannotBeJudgedYetIsRefusedAndNothingIsPublished() {
        var unit = fixture.org("UJI.PRX", 1);
        String nip = unit.staff().get(0);
        // the earlier year is in, the latest is not final yet
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK')")
                .params(nip, years.previous()).update();
        long cases = jdbc.sql("SELECT COUNT(*) FROM promotion_case").query(Long.class).single();

        Assertions.assertThatThrownBy(() -> nominateAs(unit.rater(), List.of("pegawai"), nip))
                .hasMessageContaining("nip: belum dapat dinilai untuk periode KP " + years.period() + ":")
                .hasMessageContaining(years.last() + ": belum final, belum dapat dinilai");

        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case").query(Long.class).single())
                .isEqualTo(cases);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("nip", nip).count())
                .isZero();
    }

    @Test
    void wholeChainToTheDecreeUpdatesTheEmployee() throws Exception {
        var unit = fixture.org("UJI.PR2", 1);
        String nip = unit.staff().get(0);
        LocalDate day = LocalDate.now(clock);
        LocalDate nominatedFor = day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
        ProcessInstance p = nominate(unit, true);
        Assertions.assertThat(jdbc.sql("SELECT kp_period FROM promotion_case WHERE process_instance_id = ?")
                .param(p.getId()).query(java.sql.Date.class).single().toString()).isEqualTo(nominatedFor.toString());
        assertThat(p).isWaitingAt("Task_VerifyDocuments").task().hasCandidateGroup("bkpsdm");
        verify(p, false);
        assertThat(p).isWaitingAt("Task_FixNomination").task().isAssignedTo(unit.rater());
        fixture.complete(unit.rater(), fixture.task(p.getId(), "Task_FixNomination"),
                Map.of("nominationReason", "Kinerja baik dua tahun", "fixNote", "Ijazah dilampirkan"));
        verify(p, true);
        vote(p, 3);
        assertThat(p).hasPassed("Task_TallyVotes").isWaitingAt("Task_SekdaRecommendation");
        Assertions.assertThat((String) runtimeService.getVariable(p.getId(), "minutes")).contains("Setuju: 3");
        sekda(p, true);
        ppk(p, true);
        assertThat(p).hasPassed("Task_Announce").isWaitingAt("Gateway_ObjectionWindow");

        // the objection window (P7D) passes without objection
        fixture.executeJob(p.getId(), "Timer_ObjectionWindowOver");
        fixture.complete(AppraisalFixture.HR, fixture.task(p.getId(), "Task_IssueDecree"),
                Map.of("skNumber", "800/123/BKPSDM/2026", "skDate", "2027-03-17"));

        assertThat(p).isEnded().hasPassed("Task_UpdateRecords", "EndEvent_Promoted");
        Assertions.assertThat(jdbc.sql("SELECT golongan FROM employee WHERE nip = ?").param(nip).query(String.class)
                .single()).isEqualTo("II/d");
        // law changed: the new TMT golongan is the KP period date the case was judged for (the 1st of the month
        // the nomination is for), not the SK date
        Assertions.assertThat(jdbc.sql("SELECT tmt_golongan FROM employee WHERE nip = ?").param(nip)
                .query(java.sql.Date.class).single().toString()).isEqualTo(nominatedFor.toString());
        Assertions.assertThat(jdbc.sql("SELECT sk_date FROM promotion_case WHERE process_instance_id = ?")
                .param(p.getId()).query(java.sql.Date.class).single().toString()).isEqualTo("2027-03-17");
        JsonNode trail = json.readTree(new Api(rest).get("/api/public/promotions/" + p.getId() + "/audit").getBody());
        // hashes are long digit runs too, so look for the people's NIPs themselves
        Assertions.assertThat(trail.toString()).doesNotContain(nip).doesNotContain(unit.rater())
                .contains("\"valid\":true");
        // promoted: named in full, as the announcement named them
        JsonNode listed = null;
        for (JsonNode c : json.readTree(new Api(rest).get("/api/public/promotions").getBody())) {
            listed = c.get("processInstanceId").asText().equals(p.getId()) ? c : listed;
        }
        Assertions.assertThat(listed).isNotNull();
        Assertions.assertThat(listed.get("nama").asText()).isEqualTo("Staf 1 UJI.PR2");
        Assertions.assertThat(listed.get("outcome").asText()).isEqualTo("PROMOTED");
        Assertions.assertThat(listed.at("/decisiveStep/step").asText()).isEqualTo("DECREE");
        Assertions.assertThat(listed.at("/votes/approve").asInt()).isEqualTo(3);
        // the board counts the votes the process recorded (regression: it showed 0 and 0 for real cases)
        Assertions.assertThat(listed.at("/votes/reject").asInt()).isEqualTo(2);
        Assertions.assertThat(listed.at("/votes/votes").findValuesAsText("voteLabel"))
                .containsExactlyInAnyOrder("Setuju", "Setuju", "Setuju", "Tidak setuju", "Tidak setuju");
    }

    /**
     * The decree says which rule judged the case: the promotion-eligibility version of the case's ELIGIBILITY
     * entry, in promotion_case and in the DECREE entry, so the chain's hash covers it; a forged
     * {@code eligibilityReasons} variable (as custom code or a repair could set one) does not change it.
     */
    @Test
    void theDecreeRecordsTheEligibilityVersionFromTheTrailAndTheChainCoversIt() throws Exception {
        var unit = fixture.org("UJI.PRV", 1);
        ProcessInstance p = nominate(unit, true);
        LocalDate period = jdbc.sql("SELECT kp_period FROM promotion_case WHERE process_instance_id = ?")
                .param(p.getId()).query(java.sql.Date.class).single().toLocalDate();
        DecisionVersion judged = rules.inForce("promotion-eligibility", period).version();
        verify(p, true);
        vote(p, 3);
        sekda(p, true);
        ppk(p, true);
        // the objection window (P7D) passes without objection
        fixture.executeJob(p.getId(), "Timer_ObjectionWindowOver");
        runtimeService.setVariable(p.getId(), "eligibilityReasons", "[{\"criterion\":\"MASA_KERJA_GOLONGAN\","
                + "\"decisionKey\":\"promotion-eligibility\",\"decisionVersion\":99,\"versionTag\":\"KepKaBKN-12-2002\"}]");
        // and who and what is promoted, rewritten after the vote: the decree follows the registered case
        String candidate = (String) runtimeService.getVariable(p.getId(), "nip");
        String target = jdbc.sql("SELECT target FROM promotion_case WHERE process_instance_id = ?").param(p.getId())
                .query(String.class).single();
        String bystander = unit.rater();
        String bystanderRank = golongan(bystander);
        runtimeService.setVariable(p.getId(), "nip", bystander);
        runtimeService.setVariable(p.getId(), "targetRank", "IV/e");
        fixture.complete(AppraisalFixture.HR, fixture.task(p.getId(), "Task_IssueDecree"),
                Map.of("skNumber", "800/124/BKPSDM/2026", "skDate", "2027-03-18"));
        assertThat(p).isEnded().hasPassed("Task_UpdateRecords");
        Assertions.assertThat(golongan(candidate)).isEqualTo(target);
        Assertions.assertThat(golongan(bystander)).isEqualTo(bystanderRank);

        Map<String, Object> row = jdbc.sql("SELECT decree_decision_key, decree_decision_version, decree_version_tag"
                + " FROM promotion_case WHERE process_instance_id = ?").param(p.getId()).query().singleRow();
        Assertions.assertThat(row.get("DECREE_DECISION_KEY")).isEqualTo("promotion-eligibility");
        Assertions.assertThat(((Number) row.get("DECREE_DECISION_VERSION")).intValue())
                .isEqualTo(judged.decisionVersion());
        Assertions.assertThat(row.get("DECREE_VERSION_TAG")).isEqualTo("PerBKN-2-2025");

        List<AuditEntry> trail = audit.entries(p.getId());
        AuditEntry decree = trail.get(trail.size() - 1);
        Assertions.assertThat(decree.step()).isEqualTo("DECREE");
        JsonNode payload = json.readTree(decree.payload());
        Assertions.assertThat(payload.get("decisionKey").asText()).isEqualTo("promotion-eligibility");
        Assertions.assertThat(payload.get("decisionVersion").asInt()).isEqualTo(judged.decisionVersion());
        Assertions.assertThat(payload.get("versionTag").asText()).isEqualTo("PerBKN-2-2025");
        Assertions.assertThat(payload.get("skNumber").asText()).isEqualTo("800/124/BKPSDM/2026");
        Assertions.assertThat(audit.verify(p.getId()).valid()).isTrue();

        Api api = new Api(rest);
        JsonNode listed = null;
        for (JsonNode c : json.readTree(api.get("/api/public/promotions").getBody())) {
            listed = c.get("processInstanceId").asText().equals(p.getId()) ? c : listed;
        }
        Assertions.assertThat(listed).isNotNull();
        Assertions.assertThat(listed.at("/decreeRule/decisionKey").asText()).isEqualTo("promotion-eligibility");
        Assertions.assertThat(listed.at("/decreeRule/decisionVersion").asInt()).isEqualTo(judged.decisionVersion());
        Assertions.assertThat(listed.at("/decreeRule/versionTag").asText()).isEqualTo("PerBKN-2-2025");
        JsonNode publicAudit = json.readTree(api.get("/api/public/promotions/" + p.getId() + "/audit").getBody());
        JsonNode last = publicAudit.get("entries").get(publicAudit.get("entries").size() - 1);
        Assertions.assertThat(last.at("/payload/versionTag").asText()).isEqualTo("PerBKN-2-2025");
        Assertions.assertThat(publicAudit.get("valid").asBoolean()).isTrue();
        Assertions.assertThat(api.get("/transparansi").getBody())
                .contains("promotion-eligibility versi " + judged.decisionVersion() + " (PerBKN-2-2025)");

        // someone with database access claims an older rule is what the decree rests on
        jdbc.sql("UPDATE promotion_audit SET payload = REPLACE(payload, 'PerBKN-2-2025', 'KepKaBKN-12-2002')"
                + " WHERE process_instance_id = ? AND seq = ?").params(p.getId(), decree.seq()).update();
        Assertions.assertThat(audit.verify(p.getId()).valid()).isFalse();
        Assertions.assertThat(audit.verify(p.getId()).brokenAtSeq()).isEqualTo(decree.seq());
    }

    private String golongan(String nip) {
        return jdbc.sql("SELECT golongan FROM employee WHERE nip = ?").param(nip).query(String.class).single();
    }

    @Test
    void decreeOfAPromotionToAPostSetsThePostAndItsTmtAndLeavesTheRankAlone() {
        var unit = fixture.org("UJI.PRJ", 1);
        String nip = unit.rater();
        goodHistory(nip);
        identityService.setAuthentication(unit.reviewer(), List.of("pegawai"));
        ProcessInstance p;
        try {
            p = runtimeService.startProcessInstanceByKey("promotion", Map.of("nip", nip, "promotionType", "JABATAN",
                    "targetPosition", "ADMINISTRATOR", "nominationReason", "Memimpin seksi dengan baik"));
        } finally {
            identityService.clearAuthentication();
        }
        verify(p, true);
        vote(p, 5);
        sekda(p, true);
        ppk(p, true);
        // the objection window (P7D) passes without objection
        fixture.executeJob(p.getId(), "Timer_ObjectionWindowOver");
        fixture.complete(AppraisalFixture.HR, fixture.task(p.getId(), "Task_IssueDecree"),
                Map.of("skNumber", "821/45/BKPSDM/2026", "skDate", "2026-12-01"));

        assertThat(p).isEnded().hasPassed("Task_UpdateRecords", "EndEvent_Promoted");
        Map<String, Object> employee = jdbc.sql("SELECT jenis_jabatan, tmt_jabatan, golongan, tmt_golongan"
                + " FROM employee WHERE nip = ?").param(nip).query().singleRow();
        Assertions.assertThat(employee.get("JENIS_JABATAN")).isEqualTo("ADMINISTRATOR");
        Assertions.assertThat(employee.get("TMT_JABATAN")).hasToString("2026-12-01");
        Assertions.assertThat(employee.get("GOLONGAN")).isEqualTo("III/d");
        Assertions.assertThat(employee.get("TMT_GOLONGAN")).hasToString("2019-01-01");
    }

    @Test
    void tpkMajorityRejectsAndTheCaseGoesOnTheBoardWithItsVotes() throws Exception {
        var unit = fixture.org("UJI.PR3", 1);
        ProcessInstance p = nominate(unit, true);
        verify(p, true);
        vote(p, 2);
        assertThat(p).isEnded().hasPassed("Task_RecordRejection", "EndEvent_Rejected").hasNotPassed("Task_Announce");
        JsonNode c = onBoardWithInitials(p, unit, "Tidak disetujui", "MINUTES", "Setuju 2, tidak setuju 3");
        Assertions.assertThat(c.at("/votes/approve").asInt()).isEqualTo(2);
        Assertions.assertThat(c.at("/votes/reject").asInt()).isEqualTo(3);
        Assertions.assertThat(c.at("/votes/votes").findValuesAsText("reason"))
                .contains("Belum cukup bukti kompetensi", "Capaian kinerja terbukti");
    }

    @Test
    void sekdaNotRecommendingEndsTheCase() throws Exception {
        var unit = fixture.org("UJI.PR4", 1);
        ProcessInstance p = nominate(unit, true);
        verify(p, true);
        vote(p, 5);
        sekda(p, false);
        assertThat(p).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_PpkDecision");
        onBoardWithInitials(p, unit, "Tidak disetujui", "SEKDA", "Belum layak");
    }

    @Test
    void ppkRejectionEndsTheCase() throws Exception {
        var unit = fixture.org("UJI.PR5", 1);
        ProcessInstance p = nominate(unit, true);
        verify(p, true);
        vote(p, 4);
        sekda(p, true);
        ppk(p, false);
        assertThat(p).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_Announce");
        onBoardWithInitials(p, unit, "Tidak disetujui", "PPK", "Ditolak oleh PPK");
    }

    @Test
    void objectionDismissedThenSustainedGoesBackToThePpkWhoseRejectionLeavesOnlyInitialsOnTheBoard()
            throws Exception {
        var unit = fixture.org("UJI.PR6", 1);
        ProcessInstance p = nominate(unit, true);
        verify(p, true);
        vote(p, 3);
        sekda(p, true);
        ppk(p, true);
        Api api = new Api(rest);
        String colleague = unit.reviewer();
        Assertions.assertThat(api.postJson("/api/promotions/" + p.getId() + "/objections", null,
                "{\"reason\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Assertions.assertThat(api.postJson("/api/promotions/" + p.getId() + "/objections", colleague, "{}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(api.postJson("/api/promotions/" + p.getId() + "/objections", colleague,
                "{\"reason\":\"Ada pegawai lain dengan kinerja lebih baik\"}").getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        fixture.complete(AppraisalFixture.HR, fixture.task(p.getId(), "Task_ReviewObjection"),
                Map.of("objectionOutcome", "DISMISSED", "objectionReviewNote", "Tidak relevan dengan syarat"));
        assertThat(p).isWaitingAt("Gateway_ObjectionWindow");

        api.postJson("/api/promotions/" + p.getId() + "/objections", colleague,
                "{\"reason\":\"Ada sanksi disiplin yang belum tercatat\"}");
        fixture.complete(AppraisalFixture.HR, fixture.task(p.getId(), "Task_ReviewObjection"),
                Map.of("objectionOutcome", "SUSTAINED", "objectionReviewNote", "Perlu dipertimbangkan ulang"));
        assertThat(p).isWaitingAt("Task_PpkDecision");

        // announced once, so named while back with the PPK; rejected now, so initials from here on
        Assertions.assertThat(api.get("/api/public/promotions").getBody()).contains("Staf 1 UJI.PR6");
        ppk(p, false);
        assertThat(p).isEnded().hasPassed("EndEvent_Rejected");
        onBoardWithInitials(p, unit, "Tidak disetujui", "PPK", "Ditolak oleh PPK");
    }

    @Test
    void onlySupervisorsUpTheChainAndBkpsdmNominate() {
        var unit = fixture.org("UJI.PR9", 2);
        String nip = unit.staff().get(0);
        for (String outsider : List.of(unit.staff().get(1), nip)) {
            Assertions.assertThatThrownBy(() -> nominateAs(outsider, List.of("pegawai"), nip)).as(outsider)
                    .isInstanceOf(FormValidation.class).hasMessageContaining("bukan atasan");
        }
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion")
                .variableValueEquals("nip", nip).count()).isZero();
        // the reviewer is two levels up: the whole chain may nominate, not only the direct supervisor (with both
        // annual results in since a candidate without them cannot be judged, "belum dapat dinilai")
        goodHistory(nip);
        assertThat(nominateAs(unit.reviewer(), List.of("pegawai"), nip)).isNotNull();
    }

    @Test
    void conflictedMembersAreExcludedAndAnEvenCommitteeIsAnIncident() {
        var unit = fixture.org("UJI.PR7", 1);
        String nip = unit.staff().get(0);
        goodHistory(nip);
        // nominated by a TPK member who is also in BKPSDM (the demo's head of BKPSDM): excluded, four remain
        String member = identityService.createUserQuery().memberOfGroup("tpk").list().stream().map(u -> u.getId())
                .filter(id -> identityService.createUserQuery().userId(id).memberOfGroup("bkpsdm").count() > 0)
                .findFirst().orElseThrow();
        ProcessInstance p = nominateAs(member, List.of("pegawai", "bkpsdm", "tpk"), nip);
        verify(p, true);
        var job = managementService.createJobQuery().processInstanceId(p.getId()).activityId("Task_PrepareVote")
                .singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            Assertions.assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                    .hasMessageContaining("ganjil");
        }
        Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(p.getId()).count()).isOne();
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(p.getId())
                .taskDefinitionKey("Task_TpkVote").count()).isZero();
    }

    @Test
    void onlyTheAssignedTpkMemberVotesAndOnlyThePpkDecides() {
        var unit = fixture.org("UJI.PR8", 1);
        ProcessInstance p = nominate(unit, true);
        verify(p, true);
        fixture.executeJob(p.getId(), "Task_PrepareVote");
        List<Task> votes = taskService.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("Task_TpkVote")
                .list();
        Api api = new Api(rest);
        // every other member tries the first member's task: members in BKPSDM (which may read all tasks) too
        Task first = votes.get(0);
        for (Task other : votes.subList(1, votes.size())) {
            Assertions.assertThat(api.postJson("/engine-rest/task/" + first.getId() + "/complete", other.getAssignee(),
                    "{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},\"voteReason\":{\"value\":\"x\"}}}")
                    .getStatusCode()).as(other.getAssignee()).isEqualTo(HttpStatus.FORBIDDEN);
            Assertions.assertThat(taskService.createTaskQuery().taskId(first.getId()).count()).isOne();
        }
        Assertions.assertThat(api.postJson("/engine-rest/task/" + first.getId() + "/complete", unit.staff().get(0),
                "{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},\"voteReason\":{\"value\":\"x\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (Task t : votes) {
            fixture.complete(t.getAssignee(), t, Map.of("vote", "APPROVE", "voteReason", "Layak"));
        }
        sekda(p, true);
        Task decision = fixture.task(p.getId(), "Task_PpkDecision");
        Assertions.assertThat(api.postJson("/engine-rest/task/" + decision.getId() + "/complete", SEKDA,
                "{\"variables\":{\"approved\":{\"value\":true},\"decisionNote\":{\"value\":\"x\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThatThrownBy(() -> fixture.complete(PPK, decision, Map.of("approved", "true")))
                .isInstanceOf(FormValidation.class).hasMessageStartingWith("decisionNote:");
    }

    private Object historyVariable(ProcessInstance p, String name) {
        var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(p.getId())
                .variableName(name).singleResult();
        return v == null ? null : v.getValue();
    }
}
