package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.promotion.PromotionAuditLog;
import id.jenjang.support.AnnualYears;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.system.CaseRepairLog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's REST surface as an attacker uses it: real HTTP calls with the attacker's own login (password
 * {@code demo}), each asserting the answer and that the stored outcome (Jenjang's tables, the case's variables)
 * is unchanged. Runs on H2 ({@link RestSurfaceAttacksTest}) and PostgreSQL ({@link RestSurfaceAttacksPostgresIT}).
 * Every test makes its own unit of employees, so the shared application context never mixes them.
 */
abstract class RestSurfaceAttacks {

    static final String PERIOD = "2026-Q1";
    static final String ADMIN = "admin";
    static final String HR = AppraisalFixture.HR;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseRepairLog repairs;
    @Autowired
    PromotionAuditLog audit;

    Api api;

    /** A unit code of its own per test and database run (H2 and PostgreSQL keep their data apart). */
    abstract String unitPrefix();

    private static int units;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    // --- the attacks ------------------------------------------------------------------------------------------

    @Test
    void anEmployeeRatedSangatKurangCannotCompleteHerReviewWithPredikatSangatBaik() throws Exception {
        Appraisal a = atReview();
        String before = storedPredikat(a.nip);
        assertThat(before).isEqualTo("SANGAT_KURANG");

        ResponseEntity<String> answer = complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":true},"
                + "\"predikat\":{\"value\":\"SANGAT_BAIK\"}}}");

        assertRefused(answer, HttpStatus.BAD_REQUEST, "predikat");
        assertThat(storedPredikat(a.nip)).isEqualTo("SANGAT_KURANG");
        assertThat(taskService.createTaskQuery().taskId(a.review.getId()).count()).as("task still open").isOne();
        assertThat(runtimeService.getVariable(a.review.getProcessInstanceId(), "predikat")).isEqualTo("SANGAT_KURANG");
    }

    @Test
    void anEmployeeCannotPutPredikatAndAcceptedByTimeoutOnHerTasksVariables() throws Exception {
        Appraisal a = atReview();
        String body = "{\"modifications\":{\"predikat\":{\"value\":\"SANGAT_BAIK\"},"
                + "\"acceptedByTimeout\":{\"value\":true}}}";

        assertRefused(api.postJson("/engine-rest/task/" + a.review.getId() + "/variables", a.nip, body),
                HttpStatus.FORBIDDEN, "Variabel proses tidak dapat diubah");
        assertRefused(exchange(HttpMethod.PUT, "/engine-rest/task/" + a.review.getId() + "/variables/predikat",
                a.nip, "{\"value\":\"SANGAT_BAIK\"}"), HttpStatus.FORBIDDEN, "Variabel proses");
        assertRefused(exchange(HttpMethod.PUT, "/engine-rest/task/" + a.review.getId()
                + "/localVariables/acceptedByTimeout", a.nip, "{\"value\":true}"), HttpStatus.FORBIDDEN, "Variabel");
        assertRefused(exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + a.review.getProcessInstanceId()
                + "/variables/acceptedByTimeout", a.nip, "{\"value\":true}"), HttpStatus.FORBIDDEN, "Variabel");
        assertRefused(exchange(HttpMethod.DELETE, "/engine-rest/process-instance/" + a.review.getProcessInstanceId()
                + "/variables/predikat", a.nip, null), HttpStatus.FORBIDDEN, "Variabel");

        assertThat(storedPredikat(a.nip)).isEqualTo("SANGAT_KURANG");
        assertThat(runtimeService.getVariable(a.review.getProcessInstanceId(), "predikat")).isEqualTo("SANGAT_KURANG");
        assertThat(runtimeService.getVariable(a.review.getProcessInstanceId(), "acceptedByTimeout")).isNotEqualTo(true);
        assertThat(taskService.getVariableLocal(a.review.getId(), "acceptedByTimeout")).isNull();
    }

    @Test
    void bkpsdmCannotChangeVariablesEitherOnlyAnAdministratorsRepairIsAcceptedAndRecorded() throws Exception {
        Appraisal a = atReview();
        String pi = a.review.getProcessInstanceId();
        assertRefused(exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + pi + "/variables/repairNote", HR,
                "{\"value\":\"oleh BKPSDM\",\"type\":\"String\"}"), HttpStatus.FORBIDDEN, "camunda-admin");
        assertThat(runtimeService.getVariable(pi, "repairNote")).isNull();
        assertThat(repairs.repairsOf(pi)).isEmpty();

        // a repair the engine refuses leaves no record either
        ResponseEntity<String> refused = exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + pi
                + "/variables/repairNote", ADMIN, "{\"value\":\"bukan angka\",\"type\":\"Integer\"}");
        assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
        assertThat(repairs.repairsOf(pi)).isEmpty();

        ResponseEntity<String> repaired = exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + pi
                + "/variables/repairNote", ADMIN, "{\"value\":\"alamat surel diperbaiki\",\"type\":\"String\"}");

        assertThat(repaired.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(pi, "repairNote")).isEqualTo("alamat surel diperbaiki");
        assertThat(repairs.repairsOf(pi)).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo(ADMIN);
            assertThat(r.businessKey()).isEqualTo(a.nip + ":" + PERIOD);
            assertThat(r.variables()).containsExactly("repairNote");
            assertThat(r.operation()).isEqualTo("PUT process-instance variables");
        });
    }

    @Test
    void anAdministratorsRepairOfAPromotionEntersThePromotionsHashChainedAudit() throws Exception {
        Promotion p = atTpkVote();
        int entries = audit.entries(p.instanceId).size();

        ResponseEntity<String> repaired = api.postJson("/engine-rest/process-instance/" + p.instanceId + "/variables",
                ADMIN, "{\"modifications\":{\"nominationReason\":{\"value\":\"Kinerja baik dua tahun (diperbaiki)\"}}}");

        assertThat(repaired.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var after = audit.entries(p.instanceId);
        assertThat(after).hasSize(entries + 1);
        assertThat(after.get(after.size() - 1).step()).isEqualTo("REPAIR");
        assertThat(after.get(after.size() - 1).actor()).isEqualTo(ADMIN);
        assertThat(after.get(after.size() - 1).reason()).contains("nominationReason");
        assertThat(audit.verify(p.instanceId).valid()).isTrue();
    }

    @Test
    void aTpkVoterCannotSetTheObjectionWindowWithHerVote() throws Exception {
        Promotion p = atTpkVote();
        Task vote = p.votes.get(0);
        int entries = audit.entries(p.instanceId).size();

        ResponseEntity<String> answer = complete(vote.getAssignee(), vote, "{\"variables\":{"
                + "\"vote\":{\"value\":\"APPROVE\"},\"voteReason\":{\"value\":\"Capaian kinerja terbukti\"},"
                + "\"objectionWindow\":{\"value\":\"PT1S\"}}}");

        assertRefused(answer, HttpStatus.BAD_REQUEST, "objectionWindow");
        assertThat(taskService.createTaskQuery().taskId(vote.getId()).count()).isOne();
        assertThat(audit.entries(p.instanceId)).hasSize(entries);
        assertThat(runtimeService.getVariable(p.instanceId, "objectionWindow")).isNotEqualTo("PT1S");
        // the nomination reason is shown disabled: form-js does not submit it; sent changed, it is refused
        assertRefused(complete(vote.getAssignee(), vote, "{\"variables\":{\"vote\":{\"value\":\"APPROVE\"},"
                        + "\"voteReason\":{\"value\":\"Capaian kinerja terbukti\"},"
                        + "\"nominationReason\":{\"value\":\"Alasan lain\"}}}"),
                HttpStatus.BAD_REQUEST, "nominationReason");
        assertThat(jdbc.sql("SELECT status FROM promotion_case WHERE process_instance_id = ?").param(p.instanceId)
                .query(String.class).single()).isEqualTo(p.status);
    }

    @Test
    void aReviewerWhoRejectsTheObjectionCannotSendAPredikatWithIt() throws Exception {
        Appraisal a = atReview();
        assertThat(complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":false},"
                + "\"objectionReason\":{\"value\":\"Capaian target saya tercatat lengkap di SKP.\"}}}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task decide = waitFor(() -> taskService.createTaskQuery().processInstanceId(a.review.getProcessInstanceId())
                .taskDefinitionKey("Task_DecideObjection").singleResult());

        ResponseEntity<String> answer = complete(a.reviewer, decide, "{\"variables\":{"
                + "\"objectionDecision\":{\"value\":\"REJECTED\"},"
                + "\"objectionNote\":{\"value\":\"Penilaian sudah sesuai bukti.\"},"
                + "\"predikat\":{\"value\":\"SANGAT_BAIK\"}}}");

        assertRefused(answer, HttpStatus.BAD_REQUEST, "predikat");
        assertThat(storedPredikat(a.nip)).isEqualTo("SANGAT_KURANG");
        assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).isOne();
    }

    @Test
    void aReadOnlyFieldIsAcceptedOnlyUnchangedAndIsNeverWrittenBack() throws Exception {
        Appraisal a = atReview();
        String pi = a.review.getProcessInstanceId();
        Object note = runtimeService.getVariable(pi, "ratingNote");

        assertRefused(complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":true},"
                + "\"ratingNote\":{\"value\":\"Pegawai sangat baik\"}}}"), HttpStatus.BAD_REQUEST, "ratingNote");
        assertThat(runtimeService.getVariable(pi, "ratingNote")).isEqualTo(note);

        // what Tasklist's form-js sends: every field that is not disabled, the read-only one with its value
        ResponseEntity<String> asTasklist = complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":true},"
                + "\"ratingNote\":{\"value\":" + json.writeValueAsString(note) + "}}}");
        assertThat(asTasklist.getStatusCode()).as(asTasklist.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(storedPredikat(a.nip)).isEqualTo("SANGAT_KURANG");
    }

    @Test
    void controlCharactersAndOverLongTextsAreRefusedNamingTheField() throws Exception {
        Appraisal a = atReview();
        assertRefused(complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":false},"
                        + "\"objectionReason\":{\"value\":\"Nilai saya\\u0000 salah dicatat\"}}}"),
                HttpStatus.BAD_REQUEST, "objectionReason: berisi karakter kendali");
        assertRefused(complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":false},"
                        + "\"objectionReason\":{\"value\":\"" + "x".repeat(4001) + "\"}}}"),
                HttpStatus.BAD_REQUEST, "objectionReason: terlalu panjang (paling banyak 4000 karakter)");
        // what the guard cannot read it does not pass on, whatever another parser might make of it
        assertRefused(complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":false},}/*x*/}"),
                HttpStatus.BAD_REQUEST, "bukan JSON");
        assertThat(taskService.createTaskQuery().taskId(a.review.getId()).count()).isOne();
        assertThat(runtimeService.getVariable(a.review.getProcessInstanceId(), "objectionReason")).isNull();
    }

    @Test
    void anObjectVariableNamingAClasspathClassIsRefusedAndTheTaskStaysCompletable() throws Exception {
        Appraisal a = atReview();
        String object = "{\"type\":\"Object\",\"value\":\"{\\\"command\\\":[\\\"id\\\"]}\",\"valueInfo\":"
                + "{\"objectTypeName\":\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}";

        assertRefused(exchange(HttpMethod.PUT, "/engine-rest/task/" + a.review.getId() + "/variables/x", a.nip, object),
                HttpStatus.BAD_REQUEST, "Object");
        assertRefused(complete(a.nip, a.review, "{\"variables\":{\"accepted\":" + object + "}}"),
                HttpStatus.BAD_REQUEST, "accepted: jenis data Object");
        // not even an administrator stores one
        assertRefused(exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + a.review.getProcessInstanceId()
                + "/variables/x", ADMIN, object), HttpStatus.BAD_REQUEST, "Object");
        assertRefused(api.postJson("/engine-rest/message", ADMIN, "{\"messageName\":\"x\",\"processVariables\":"
                + "{\"x\":" + object + "}}"), HttpStatus.BAD_REQUEST, "Object");
        // an untyped JSON object would become a serialized Java map: refused as well
        assertRefused(complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":{\"a\":1}}}}"),
                HttpStatus.BAD_REQUEST, "accepted");
        assertThat(taskService.getVariable(a.review.getId(), "x")).isNull();

        assertThat(complete(a.nip, a.review, "{\"variables\":{\"accepted\":{\"value\":true}}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void nobodyCompletesOrRepliesToAnotherPersonsTask() throws Exception {
        Appraisal a = atReview();
        for (String stranger : List.of(a.colleague, a.rater, HR)) {
            ResponseEntity<String> answer = complete(stranger, a.review,
                    "{\"variables\":{\"accepted\":{\"value\":true}}}");
            assertRefused(answer, HttpStatus.FORBIDDEN, "bukan tugas Anda");
            assertThat(exchange(HttpMethod.PUT, "/engine-rest/task/" + a.review.getId() + "/variables/accepted",
                    stranger, "{\"value\":true}").getStatusCode().value()).as(stranger).isIn(403, 404);
            assertThat(api.postJson("/engine-rest/task/" + a.review.getId() + "/bpmnError", stranger,
                    "{\"errorCode\":\"x\"}").getStatusCode().value()).as(stranger).isIn(403, 404);
        }
        // the assignee herself may not end it by a BPMN error either
        assertRefused(api.postJson("/engine-rest/task/" + a.review.getId() + "/bpmnError", a.nip,
                "{\"errorCode\":\"x\"}"), HttpStatus.FORBIDDEN, "formulir");
        // nor claim it away or hand it on: assignees have TASK_WORK, not UPDATE / TASK_ASSIGN
        assertThat(api.postJson("/engine-rest/task/" + a.review.getId() + "/assignee", a.nip,
                "{\"userId\":\"" + a.colleague + "\"}").getStatusCode().value()).isEqualTo(403);
        // a correlated message or a modification with variables is no employee's business
        assertThat(api.postJson("/engine-rest/message", a.nip, "{\"messageName\":\"x\",\"processInstanceId\":\""
                + a.review.getProcessInstanceId() + "\",\"processVariables\":{\"predikat\":{\"value\":\"SANGAT_BAIK\"}}}")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api.postJson("/engine-rest/process-instance/" + a.review.getProcessInstanceId() + "/modification",
                a.nip, "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ReviewResult\","
                        + "\"variables\":{\"predikat\":{\"value\":\"SANGAT_BAIK\"}}}]}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(a.review.getId()).singleResult().getAssignee()).isEqualTo(a.nip);
        assertThat(storedPredikat(a.nip)).isEqualTo("SANGAT_KURANG");
    }

    @Test
    void aStartCannotSkipItsStartEventCarryFieldsOfNoFormOrBeForSomeoneElse() throws Exception {
        Appraisal a = atReview();
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").count();
        assertRefused(api.postJson("/engine-rest/process-definition/key/promotion/start", a.rater,
                "{\"variables\":{\"nip\":{\"value\":\"" + a.nip + "\"},\"promotionType\":{\"value\":\"KP_REGULER\"},"
                        + "\"targetRank\":{\"value\":\"II/d\"},\"nominationReason\":{\"value\":\"Kinerja baik\"},"
                        + "\"eligible\":{\"value\":true}}}"), HttpStatus.BAD_REQUEST, "eligible");
        assertRefused(api.postJson("/engine-rest/process-definition/key/promotion/start", a.rater,
                "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_PpkDecision\"}],"
                        + "\"variables\":{\"nip\":{\"value\":\"" + a.nip + "\"}}}"), HttpStatus.FORBIDDEN,
                "startInstructions");
        // a colleague is no supervisor: nominating her is someone else's decision (the start form's validator)
        ResponseEntity<String> forColleague = api.postJson("/engine-rest/process-definition/key/promotion/submit-form",
                a.colleague, "{\"variables\":{\"nip\":{\"value\":\"" + a.nip + "\"},"
                        + "\"promotionType\":{\"value\":\"KP_REGULER\"},\"targetRank\":{\"value\":\"II/d\"},"
                        + "\"nominationReason\":{\"value\":\"Kinerja baik dua tahun berturut-turut\"}}}");
        assertThat(forColleague.getStatusCode()).as(forColleague.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message(forColleague)).startsWith("nip: ");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").count())
                .isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case WHERE nip = ?").param(a.nip).query(Long.class)
                .single()).isZero();
    }

    @Test
    void twoRacingCompletionsOfOneTaskGiveOneSuccessAndOneIndonesian4xx() throws Exception {
        var unit = fixture.org(nextUnit(), 1);
        String nip = unit.staff().get(0);
        Task self = selfAssessment(unit);
        String body = "{\"variables\":{\"selfAssessment\":{\"value\":\"Target SKP tercapai semua.\"}}}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return complete(nip, self, body);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> f : answers) {
                ResponseEntity<String> answer = f.get();
                statuses.add(answer.getStatusCode().value());
                if (answer.getStatusCode().value() != 204) {
                    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(404, 409);
                    assertThat(message(answer)).contains("Tugas ini");
                }
            }
            assertThat(statuses).as(statuses.toString()).containsOnlyOnce(204);
        } finally {
            pool.shutdownNow();
        }
        // and once more, long after: the task is done
        assertRefused(complete(nip, self, body), HttpStatus.NOT_FOUND, "sudah diselesaikan");
    }

    @Test
    void tasklistsOwnDoorUnderCamundaApiIsGuardedTheSameWay() throws Exception {
        Appraisal a = atReview();
        Webapp tasklist = Webapp.login(rest, a.nip);
        String base = "/camunda/api/engine/engine/default/task/" + a.review.getId();

        assertRefused(tasklist.post(base + "/submit-form", "{\"variables\":{\"accepted\":{\"value\":true},"
                + "\"predikat\":{\"value\":\"SANGAT_BAIK\"}}}"), HttpStatus.BAD_REQUEST, "predikat");
        assertRefused(tasklist.post(base + "/variables", "{\"modifications\":{\"acceptedByTimeout\":{\"value\":true}}}"),
                HttpStatus.FORBIDDEN, "Variabel proses");
        assertThat(storedPredikat(a.nip)).isEqualTo("SANGAT_KURANG");
        ResponseEntity<String> asTasklist = tasklist.post(base + "/submit-form",
                "{\"variables\":{\"accepted\":{\"value\":true}}}");
        assertThat(asTasklist.getStatusCode()).as(asTasklist.getHeaders() + " " + asTasklist.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    // --- reaching the tasks -----------------------------------------------------------------------------------

    record Appraisal(String nip, String colleague, String rater, String reviewer, Task review) {
    }

    record Promotion(String instanceId, List<Task> votes, String status) {
    }

    synchronized String nextUnit() {
        return unitPrefix() + "." + (++units) + "." + Long.toString(System.nanoTime() % 100000, 36);
    }

    /** The employee's self-assessment, once the cycle's opening (run by the job executor) has started it. */
    Task selfAssessment(AppraisalFixture.Org unit) {
        fixture.openCycleWithoutRunningJobs(PERIOD, unit.unit());
        String nip = unit.staff().get(0);
        return waitFor(() -> {
            ProcessInstance appraisal = fixture.appraisal(nip, PERIOD);
            return appraisal == null ? null : taskService.createTaskQuery().processInstanceId(appraisal.getId())
                    .taskDefinitionKey("Task_SelfAssessment").singleResult();
        });
    }

    /** Self-assessed and rated DI_BAWAH / DI_BAWAH (SANGAT_KURANG) over REST; the employee's review is open. */
    Appraisal atReview() throws Exception {
        var unit = fixture.org(nextUnit(), 2);
        String nip = unit.staff().get(0);
        Task self = selfAssessment(unit);
        assertThat(complete(nip, self, "{\"variables\":{\"selfAssessment\":{\"value\":\"Target SKP tercapai.\"}}}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task rating = waitFor(() -> taskService.createTaskQuery().processInstanceId(self.getProcessInstanceId())
                .taskDefinitionKey("Task_RateEmployee").singleResult());
        StringBuilder vars = new StringBuilder("{\"variables\":{\"hasilKerja\":{\"value\":\"DI_BAWAH\"},"
                + "\"perilakuKerja\":{\"value\":\"DI_BAWAH\"},\"ratingNote\":{\"value\":\"Target tidak tercapai.\"}");
        for (String aspect : List.of("berorientasiPelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif",
                "kolaboratif")) {
            vars.append(",\"").append(aspect).append("\":{\"value\":\"DI_BAWAH\"}");
        }
        ResponseEntity<String> rated = complete(unit.rater(), rating, vars.append("}}").toString());
        assertThat(rated.getStatusCode()).as(rated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Task review = waitFor(() -> taskService.createTaskQuery().processInstanceId(self.getProcessInstanceId())
                .taskDefinitionKey("Task_ReviewResult").singleResult());
        return new Appraisal(nip, unit.staff().get(1), unit.rater(), unit.reviewer(), review);
    }

    /** Nominated by the supervisor, verified by BKPSDM over REST, the committee's votes open. */
    Promotion atTpkVote() throws Exception {
        var unit = fixture.org(nextUnit(), 1);
        String nip = unit.staff().get(0);
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK'), (?, ?, 'BAIK')")
                .params(nip, years.previous(), nip, years.last()).update();
        ResponseEntity<String> started = api.postJson("/engine-rest/process-definition/key/promotion/submit-form",
                unit.rater(), "{\"variables\":{\"nip\":{\"value\":\"" + nip + "\"},"
                        + "\"promotionType\":{\"value\":\"KP_REGULER\"},\"targetRank\":{\"value\":\"II/d\"},"
                        + "\"nominationReason\":{\"value\":\"Kinerja baik dua tahun berturut-turut\"}}}");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String pi = json.readTree(started.getBody()).get("id").asText();
        Task verify = waitFor(() -> taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey("Task_VerifyDocuments").singleResult());
        // BKPSDM completes its group's task with TASK_WORK, no UPDATE
        ResponseEntity<String> verified = complete(HR, verify, "{\"variables\":{\"verified\":{\"value\":\"true\"},"
                + "\"verificationNote\":{\"value\":\"Berkas lengkap\"}}}");
        assertThat(verified.getStatusCode()).as(verified.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        List<Task> votes = waitFor(() -> {
            List<Task> open = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_TpkVote")
                    .list();
            return open.isEmpty() ? null : open;
        });
        String status = jdbc.sql("SELECT status FROM promotion_case WHERE process_instance_id = ?").param(pi)
                .query(String.class).single();
        return new Promotion(pi, votes, status);
    }

    static <T> T waitFor(Supplier<T> what) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            T value = what.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not reached within 60 s");
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    ResponseEntity<String> complete(String user, Task task, String body) {
        return api.postJson("/engine-rest/task/" + task.getId() + "/complete", user, body);
    }

    ResponseEntity<String> exchange(HttpMethod method, String path, String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, Api.DEMO_PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    String storedPredikat(String nip) throws Exception {
        ResponseEntity<String> answer = api.get("/api/appraisals?nip=" + nip + "&period=" + PERIOD, HR);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = json.readTree(answer.getBody());
        return (view.isArray() ? view.get(0) : view).path("predikat").asText(null);
    }

    String message(ResponseEntity<String> answer) throws Exception {
        return json.readTree(answer.getBody()).path("message").asText();
    }

    void assertRefused(ResponseEntity<String> answer, HttpStatus status, String text) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(message(answer)).contains(text).doesNotContain("Exception", "SQL", "ENGINE-");
    }

    /** A Tasklist session: the webapps' login, its cookie and CSRF token, as the browser holds them. */
    record Webapp(TestRestTemplate rest, String cookies, String token) {

        static Webapp login(TestRestTemplate rest, String user) {
            ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
            java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
            keep(jar, page);
            HttpHeaders headers = headers(jar);
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                    HttpMethod.POST, new HttpEntity<>("username=" + user + "&password=" + Api.DEMO_PASSWORD, headers),
                    String.class);
            assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
            keep(jar, login);
            // the login renews the session; its CSRF token comes with the next page, as the browser loads it
            keep(jar, rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(headers(jar)),
                    String.class));
            return new Webapp(rest, cookieHeader(jar), jar.get("XSRF-TOKEN"));
        }

        ResponseEntity<String> post(String path, String body) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookies);
            headers.add("X-XSRF-TOKEN", token);
            headers.setContentType(MediaType.APPLICATION_JSON);
            return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        }

        private static void keep(java.util.Map<String, String> jar, ResponseEntity<String> answer) {
            for (String cookie : answer.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
                String[] pair = cookie.split(";", 2)[0].split("=", 2);
                jar.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }

        private static HttpHeaders headers(java.util.Map<String, String> jar) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookieHeader(jar));
            headers.add("X-XSRF-TOKEN", jar.get("XSRF-TOKEN"));
            return headers;
        }

        private static String cookieHeader(java.util.Map<String, String> jar) {
            return String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }
}
