package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.appraisal.AppraisalRecord;
import id.jenjang.appraisal.AppraisalRepository;
import id.jenjang.appraisal.AppraisalStatus;
import id.jenjang.employee.Groups;
import id.jenjang.promotion.PromotionCase;
import id.jenjang.promotion.PromotionCaseRepository;
import id.jenjang.support.AnnualYears;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, "results belong to Jenjang": the people judged (and the people judging) try to rewrite an outcome
 * with process variables, the way the attacks were measured. Each test sends the attack as the attacker would
 * (the engine REST API with the attacker's login, or the Java API where an administrator or custom code could
 * set a variable), then reads the outcome from Jenjang's tables. The REST door may refuse the extra fields with
 * a 400 (another part of issue 9); the assertions hold either way: never a 5xx, and the stored outcome is the
 * one Jenjang decided. Run on H2 ({@link ResultRewriteAttacksTest}) and PostgreSQL
 * ({@link ResultRewriteAttacksPostgresIT}); the job executor runs, so asynchronous steps are awaited.
 */
abstract class ResultRewriteAttacks {

    static final String SEKDA = "197212031992112001";
    static final String PPK = "walikota";

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    PromotionCaseRepository cases;
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
    Clock clock;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    /** Each test's own unit code, so tests sharing a context (and repeated runs on one database) never meet. */
    private String unitCode(String name) {
        return "RRA-" + name + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    // ---------------------------------------------------------------- appraisal

    @Test
    void anEmployeeRatedSangatKurangWhoAcceptsWithPredikatBaikKeepsSangatKurangAndIsCoached() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("SK"), 1);
        String nip = unit.staff().get(0);
        String id = ratedAndInReview(unit, "2026-Q1", "DI_BAWAH", "DI_BAWAH");
        assertThat(stored(nip, "2026-Q1").predikat()).isEqualTo("SANGAT_KURANG");

        Task review = fixture.task(id, "Task_ReviewResult");
        ResponseEntity<String> answer = complete(nip, review, Map.of("accepted", true, "predikat", "BAIK"));
        completedOrRefused(answer, review, () -> complete(nip, review, Map.of("accepted", true)));

        await(() -> stored(nip, "2026-Q1").status() == AppraisalStatus.FINAL, "result final");
        AppraisalRecord stored = stored(nip, "2026-Q1");
        assertThat(stored.predikat()).isEqualTo("SANGAT_KURANG");
        assertThat(stored.recognitionCandidate()).isFalse();
        await(() -> coachingCases(nip + ":2026-Q1") == 1, "coaching case started");
    }

    @Test
    void predikatSangatBaikAndAcceptedByTimeoutSetAsVariablesChangeNothing() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("TO"), 1);
        String nip = unit.staff().get(0);
        String id = ratedAndInReview(unit, "2026-Q2", "SESUAI", "SESUAI");
        Task review = fixture.task(id, "Task_ReviewResult");

        // over REST with the employee's own login, as measured (PUT .../variables answered 204)
        assertThat(put("/engine-rest/task/" + review.getId() + "/variables/predikat", nip,
                "{\"value\":\"SANGAT_BAIK\"}").getStatusCode().is5xxServerError()).isFalse();
        assertThat(put("/engine-rest/task/" + review.getId() + "/variables/acceptedByTimeout", nip,
                "{\"value\":true}").getStatusCode().is5xxServerError()).isFalse();
        // and through the Java API, which no REST door guards: as an administrator or custom code could
        runtimeService.setVariables(id, Map.of("predikat", "SANGAT_BAIK", "acceptedByTimeout", true));
        taskService.setVariables(review.getId(), Map.of("predikat", "SANGAT_BAIK", "acceptedByTimeout", true));

        ResponseEntity<String> answer = complete(nip, review, Map.of("accepted", true, "acceptedByTimeout", true));
        completedOrRefused(answer, review, () -> complete(nip, review, Map.of("accepted", true)));

        await(() -> stored(nip, "2026-Q2").status() == AppraisalStatus.FINAL, "result final");
        AppraisalRecord stored = stored(nip, "2026-Q2");
        assertThat(stored.predikat()).isEqualTo("BAIK");
        assertThat(stored.acceptedByTimeout()).isFalse();
        assertThat(stored.recognitionCandidate()).isFalse();
        assertThat(coachingCases(nip + ":2026-Q2")).isZero();
    }

    @Test
    void aReviewerWhoRejectsTheObjectionButSendsPredikatSangatBaikLeavesThePredikatAsRated() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("OB"), 1);
        String nip = unit.staff().get(0);
        String id = ratedAndInReview(unit, "2026-Q3", "DI_BAWAH", "DI_BAWAH");
        fixture.complete(nip, fixture.task(id, "Task_ReviewResult"), Map.of("accepted", false,
                "objectionReason", "Target saya tercapai, bukti terlampir."));
        Task decide = fixture.task(id, "Task_DecideObjection");

        ResponseEntity<String> answer = complete(unit.reviewer(), decide, Map.of("objectionDecision", "REJECTED",
                "objectionNote", "Bukti tidak mendukung keberatan.", "predikat", "SANGAT_BAIK"));
        completedOrRefused(answer, decide, () -> complete(unit.reviewer(), decide, Map.of("objectionDecision",
                "REJECTED", "objectionNote", "Bukti tidak mendukung keberatan.")));

        await(() -> stored(nip, "2026-Q3").status() == AppraisalStatus.FINAL, "result final");
        AppraisalRecord stored = stored(nip, "2026-Q3");
        assertThat(stored.objectionDecision()).isEqualTo("REJECTED");
        assertThat(stored.predikat()).isEqualTo("SANGAT_KURANG");
        assertThat(stored.hasilKerja()).isEqualTo("DI_BAWAH");
        assertThat(stored.perilakuKerja()).isEqualTo("DI_BAWAH");
        assertThat(stored.recognitionCandidate()).isFalse();
    }

    @Test
    void aRaterWhoSendsPredikatSangatBaikWithLowRatingsStoresThePredikatTheRatingsGive() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("RT"), 1);
        String nip = unit.staff().get(0);
        String id = opened(unit, "2026-Q4");
        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", "Target tercapai."));
        Task rate = fixture.task(id, "Task_RateEmployee");
        Map<String, Object> rating = new HashMap<>(AppraisalFixture.rating("DI_BAWAH", "SESUAI", "Di bawah target"));
        rating.put("predikat", "SANGAT_BAIK");
        ResponseEntity<String> answer = complete(unit.rater(), rate, rating);
        completedOrRefused(answer, rate, () -> complete(unit.rater(), rate,
                AppraisalFixture.rating("DI_BAWAH", "SESUAI", "Di bawah target")));

        await(() -> stored(nip, "2026-Q4").status() == AppraisalStatus.REVIEW, "rating stored");
        assertThat(stored(nip, "2026-Q4").predikat()).isEqualTo("BUTUH_PERBAIKAN");
    }

    // ---------------------------------------------------------------- promotion

    @Test
    void aTpkVoterWhoSetsObjectionWindowPt1sLeavesTheConfiguredSevenDays() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("OW"), 1);
        String id = eligibleNomination(unit);
        List<Task> votes = voteTasks(id);
        for (int i = 0; i < votes.size(); i++) {
            Task vote = votes.get(i);
            Map<String, Object> variables = new LinkedHashMap<>(Map.of("vote", "APPROVE", "voteReason",
                    "Capaian kinerja terbukti"));
            if (i == 0) {
                variables.put("objectionWindow", "PT1S");
            }
            ResponseEntity<String> answer = complete(vote.getAssignee(), vote, variables);
            completedOrRefused(answer, vote, () -> complete(vote.getAssignee(), vote, Map.of("vote", "APPROVE",
                    "voteReason", "Capaian kinerja terbukti")));
        }
        // also on the process instance, as an administrator could, before the announcement
        runtimeService.setVariable(id, "objectionWindow", "PT1S");
        fixture.complete(SEKDA, fixture.task(id, "Task_SekdaRecommendation"),
                Map.of("recommended", "true", "recommendationNote", "Layak"));
        fixture.complete(PPK, fixture.task(id, "Task_PpkDecision"),
                Map.of("approved", "true", "decisionNote", "Ditetapkan"));

        PromotionCase announced = cases.find(id).orElseThrow();
        assertThat(announced.announced()).isTrue();
        // the end is computed from the clock a moment before announced_at is written: equal to the millisecond
        // or so, and in any case nowhere near one second
        assertThat(Duration.between(announced.announcedAt(), announced.objectionWindowEnds()))
                .isBetween(Duration.ofDays(7).minusSeconds(2), Duration.ofDays(7).plusSeconds(2));
        Job timer = managementService.createJobQuery().processInstanceId(id).activityId("Timer_ObjectionWindowOver")
                .singleResult();
        assertThat(timer).as("the window's timer").isNotNull();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(announced.objectionWindowEnds());
    }

    @Test
    void variablesThatFlipOrAddTpkVotesLeaveTheTallyAsTheMembersVoted() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("TV"), 1);
        String id = eligibleNomination(unit);
        List<Task> votes = voteTasks(id);
        assertThat(votes).hasSize(5);
        // the first member approves and sends what would flip the outcome if variables counted
        Task first = votes.get(0);
        Map<String, Object> forged = new LinkedHashMap<>(Map.of("vote", "APPROVE", "voteReason", "Layak",
                "tpkApproved", true, "approve", 5, "reject", 0));
        completedOrRefused(complete(first.getAssignee(), first, forged), first,
                () -> complete(first.getAssignee(), first, Map.of("vote", "APPROVE", "voteReason", "Layak")));
        // a process-wide vote=APPROVE and tpkApproved=true, as an administrator could set them
        runtimeService.setVariables(id, Map.of("vote", "APPROVE", "tpkApproved", true));
        for (int i = 1; i < votes.size(); i++) {
            Task vote = votes.get(i);
            boolean approve = i == 1;
            ResponseEntity<String> answer = complete(vote.getAssignee(), vote, Map.of("vote", approve ? "APPROVE"
                    : "REJECT", "voteReason", approve ? "Layak" : "Belum cukup bukti kompetensi"));
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        }

        PromotionCase decided = cases.find(id).orElseThrow();
        assertThat(decided.status()).isEqualTo("REJECTED");
        String minutes = jdbc.sql("SELECT reason FROM promotion_audit WHERE process_instance_id = ? AND step = 'MINUTES'")
                .param(id).query(String.class).single();
        assertThat(minutes).isEqualTo("Setuju 2, tidak setuju 3");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    }

    @Test
    void tenSimultaneousNominationsOfOneCandidateMakeOneCaseAndTheOthersAClear4xx() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("RC"), 1);
        String nip = unit.staff().get(0);
        eligibleHistory(nip);
        String body = json.writeValueAsString(Map.of("variables", Map.of(
                "nip", Map.of("value", nip),
                "promotionType", Map.of("value", "KP_REGULER"),
                "targetRank", Map.of("value", "II/d"),
                "nominationReason", Map.of("value", "Kinerja baik dua tahun berturut-turut"))));
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<ResponseEntity<String>> answers = new ArrayList<>();
        try {
            List<Callable<ResponseEntity<String>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    start.await();
                    return api().postJson("/engine-rest/process-definition/key/promotion/submit-form", unit.rater(),
                            body);
                });
            }
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            work.forEach(w -> futures.add(pool.submit(w)));
            start.countDown();
            for (Future<ResponseEntity<String>> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        String key = nip + ":KP_REGULER:II/d";
        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode().is5xxServerError()).as(a.getBody())
                .isFalse());
        assertThat(answers).filteredOn(a -> a.getStatusCode().is2xxSuccessful()).hasSize(1);
        assertThat(answers).filteredOn(a -> a.getStatusCode().is4xxClientError()).hasSize(threads - 1)
                .allSatisfy(a -> assertThat(json.readTree(a.getBody()).get("message").asText())
                        .isEqualTo("nip: usulan " + key + " masih berjalan"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case WHERE business_key = ?").param(key)
                .query(Long.class).single()).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion")
                .processInstanceBusinessKey(key).count()).isOne();
    }

    // ---------------------------------------------------------------- helpers

    private Api api() {
        return new Api(rest);
    }

    private ResponseEntity<String> put(String path, String user, String body) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth(user, Api.DEMO_PASSWORD);
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return rest.exchange(path, org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(body, headers), String.class);
    }

    /** The cycle opened as BKPSDM opens it; the job executor starts the appraisal. */
    private String opened(AppraisalFixture.Org unit, String period) {
        fixture.openCycleWithoutRunningJobs(period, unit.unit());
        String nip = unit.staff().get(0);
        await(() -> fixture.appraisal(nip, period) != null
                && taskService.createTaskQuery().processInstanceBusinessKey(nip + ":" + period)
                .taskDefinitionKey("Task_SelfAssessment").count() == 1, "appraisal started");
        return fixture.appraisal(nip, period).getId();
    }

    /** Self-assessment and rating done the legitimate way; the employee's review waits. */
    private String ratedAndInReview(AppraisalFixture.Org unit, String period, String hasil, String perilaku) {
        String nip = unit.staff().get(0);
        String id = opened(unit, period);
        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", "Target tercapai."));
        boolean asExpected = "SESUAI".equals(hasil) && "SESUAI".equals(perilaku);
        fixture.complete(unit.rater(), fixture.task(id, "Task_RateEmployee"),
                AppraisalFixture.rating(hasil, perilaku, asExpected ? null : "Di bawah target"));
        fixture.task(id, "Task_ReviewResult");
        return id;
    }

    private void eligibleHistory(String nip) {
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK'), (?, ?, 'BAIK')")
                .params(nip, years.previous(), nip, years.last()).update();
    }

    /** Nominated by the rater (the candidate's supervisor), eligible, documents verified by BKPSDM. */
    private String eligibleNomination(AppraisalFixture.Org unit) {
        String nip = unit.staff().get(0);
        eligibleHistory(nip);
        identityService.setAuthentication(unit.rater(), List.of(Groups.PEGAWAI));
        String id;
        try {
            id = runtimeService.startProcessInstanceByKey("promotion", Map.of("nip", nip, "promotionType",
                    "KP_REGULER", "targetRank", "II/d", "nominationReason", "Kinerja baik dua tahun berturut-turut"))
                    .getId();
        } finally {
            identityService.clearAuthentication();
        }
        fixture.complete(AppraisalFixture.HR, fixture.task(id, "Task_VerifyDocuments"),
                Map.of("verified", "true", "verificationNote", "Berkas lengkap"));
        return id;
    }

    /** The committee's vote tasks, once the asynchronous step that sets the committee has run. */
    private List<Task> voteTasks(String id) {
        int members = (int) identityService.createUserQuery().memberOfGroup(Groups.TPK).count();
        await(() -> taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_TpkVote").count()
                == members, "TPK vote tasks");
        List<Task> votes = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_TpkVote")
                .orderByTaskAssignee().asc().list();
        for (Task vote : votes) {
            User member = identityService.createUserQuery().userId(vote.getAssignee()).singleResult();
            assertThat(member).isNotNull();
        }
        return votes;
    }

    private AppraisalRecord stored(String nip, String period) {
        return appraisals.find(nip, period).orElseThrow();
    }

    private long coachingCases(String businessKey) {
        return jdbc.sql("SELECT COUNT(*) FROM coaching_case WHERE business_key = ?").param(businessKey)
                .query(Long.class).single();
    }

    private ResponseEntity<String> complete(String user, Task task, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        try {
            return api().postJson("/engine-rest/task/" + task.getId() + "/complete", user,
                    json.writeValueAsString(Map.of("variables", typed)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The attack went through (2xx), or the REST door refused it (4xx, the task still open; then the attacker
     * completes the task the legitimate way). Never a 5xx.
     */
    private void completedOrRefused(ResponseEntity<String> answer, Task task,
            java.util.function.Supplier<ResponseEntity<String>> legitimately) {
        assertThat(answer.getStatusCode().is5xxServerError()).as(answer.getBody()).isFalse();
        if (answer.getStatusCode().is4xxClientError()) {
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("refused: task stays open")
                    .isOne();
            ResponseEntity<String> retry = legitimately.get();
            assertThat(retry.getStatusCode().is2xxSuccessful()).as(retry.getBody()).isTrue();
        } else {
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited 60 s for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
