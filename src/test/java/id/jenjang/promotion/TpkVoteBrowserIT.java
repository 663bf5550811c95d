package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AnnualYears;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.Browser;
import id.jenjang.support.CamundaPages;
import id.jenjang.support.JenjangProcessTest;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A TPK member votes in Tasklist with the real form ({@code forms/tpk-vote.form}), as a person: logs in, picks
 * the filter "Tugas saya", clicks the vote task in the list, reads the case summary, is refused without a vote
 * and a reason, chooses "Setuju", writes the reason and completes. The vote is then checked in the engine and
 * the trail: the member's task is gone, the other four remain, the public trail is not there yet (the case is
 * not announced) and the case's log holds the member's TPK_VOTE. Screenshots of the list, the top of the form,
 * the refusal and the filled form go to target/screenshots/TpkVoteBrowserIT-*.png.
 * <p>
 * The job executor is off (the process-test context): the committee is set by running Task_PrepareVote's job by
 * hand, as {@link PromotionProcessTest} does.
 */
@JenjangProcessTest
class TpkVoteBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final String NOMINATION_REASON = "Kinerja baik dua tahun berturut-turut";
    static final String REASON = "Predikat kinerja Baik dua tahun berturut-turut dan berkas lengkap.";
    static final String SETUJU = "Setuju";

    @LocalServerPort
    int port;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PromotionAuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TestRestTemplate rest;

    String baseUrl;

    @BeforeEach
    void setUp() {
        baseUrl = "http://localhost:" + port;
    }

    @Test
    void tpkMemberVotesInTasklistAndTheVoteIsLogged() {
        var unit = fixture.org("UJI.TV1", 1);
        String nip = unit.staff().get(0);
        String name = "Staf 1 UJI.TV1";
        String id = nominate(unit.rater(), nip);
        fixture.complete(AppraisalFixture.HR, fixture.task(id, "Task_VerifyDocuments"),
                Map.of("verified", "true", "verificationNote", "Berkas lengkap"));
        // the asynchronous step that sets the committee
        fixture.executeJob(id, "Task_PrepareVote");

        List<Task> votes = voteTasks(id);
        assertThat(votes).hasSize(5);
        Task mine = votes.get(0);
        String member = mine.getAssignee();
        String taskName = "Suara TPK: " + name + " (golongan II/d)";
        assertThat(mine.getName()).isEqualTo(taskName);

        // the member finds the task like a person: filter, then the task in the list
        browser.loginToTasklist(baseUrl, member, AppraisalFixture.PASSWORD);
        browser.findTaskInFilter(CamundaPages.MY_TASKS, taskName);
        browser.screenshot(shot("1-tugas-saya"));
        browser.openTaskFromList(taskName);
        assertThat(browser.currentUrl()).contains("task=" + mine.getId());

        // the case summary the member votes on
        String form = browser.waitFor(CamundaPages.TASK_CAMUNDA_FORM).getText();
        assertThat(form).contains("Sidang Tim Penilai Kinerja: Pemberian Suara", name + " (NIP " + nip + ")",
                "Kenaikan pangkat reguler", "golongan II/d", "NIP " + unit.rater(), "Benturan kepentingan");
        assertThat(browser.formFieldValue("Field_nominationReason")).isEqualTo(NOMINATION_REASON);
        browser.screenshot(shot("2-ringkasan"));

        // no vote, no reason: refused, the task stays open
        browser.click(CamundaPages.TASK_COMPLETE);
        assertThat(browser.waitFor(CamundaPages.formFieldError("Field_voteReason")).getText())
                .isEqualTo("Wajib diisi.");
        assertThat(browser.formFieldError("Field_vote")).isEqualTo("Wajib diisi.");
        browser.waitFor(CamundaPages.ERROR_NOTIFICATION);
        browser.scrollTo(CamundaPages.formField("Field_voteReason"));
        browser.screenshot(shot("3-alasan-wajib"));
        browser.dismissNotifications();
        assertThat(browser.isVisible(CamundaPages.TASK_CAMUNDA_FORM)).isTrue();
        assertThat(browser.waitFor(CamundaPages.TASK_NAME).getText()).isEqualTo(taskName);
        assertThat(taskService.createTaskQuery().taskId(mine.getId()).count()).as("task still open").isOne();

        // "Setuju" with a reason
        browser.chooseFormRadio("Field_vote", SETUJU);
        browser.fillFormField("Field_voteReason", REASON);
        assertThat(browser.formFieldError("Field_voteReason")).isEmpty();
        assertThat(browser.formFieldError("Field_vote")).isEmpty();
        browser.scrollTo(CamundaPages.formRadioOption("Field_vote", SETUJU));
        browser.screenshot(shot("4-terisi"), 2000);
        browser.completeTask();

        // the member's task is gone, the other four members still have theirs
        assertThat(taskService.createTaskQuery().taskId(mine.getId()).count()).as("vote task done").isZero();
        List<Task> left = voteTasks(id);
        assertThat(left).hasSize(4).extracting(Task::getAssignee).doesNotContain(member)
                .containsExactlyInAnyOrderElementsOf(votes.subList(1, 5).stream().map(Task::getAssignee).toList());

        // not announced: no public trail yet; the case's own log has the vote
        assertThat(new Api(rest).get("/api/public/promotions/" + id + "/audit").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        List<AuditEntry> tpkVotes = auditLog.entries(id).stream()
                .filter(e -> PromotionStep.TPK_VOTE.name().equals(e.step())).toList();
        assertThat(tpkVotes).hasSize(1);
        assertThat(tpkVotes.get(0).actor()).isEqualTo(member);
        assertThat(tpkVotes.get(0).decision()).isEqualTo(SETUJU);
        assertThat(tpkVotes.get(0).reason()).isEqualTo(REASON);
    }

    /**
     * The staff member BAIK in both annual results a nomination today is judged on, nominated for II/d by the
     * rater (see PromotionProcessTest).
     */
    private String nominate(String rater, String nip) {
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK'), (?, ?, 'BAIK')")
                .params(nip, years.previous(), nip, years.last()).update();
        identityService.setAuthentication(rater, List.of("pegawai"));
        try {
            return runtimeService.startProcessInstanceByKey("promotion", Map.of("nip", nip, "promotionType",
                    "KP_REGULER", "targetRank", "II/d", "nominationReason", NOMINATION_REASON)).getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The open vote tasks, by assignee so that "the first" is the same on every run. */
    private List<Task> voteTasks(String id) {
        return taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_TpkVote").list().stream()
                .sorted(Comparator.comparing(Task::getAssignee)).toList();
    }

    private static String shot(String step) {
        return TpkVoteBrowserIT.class.getSimpleName() + "-" + step;
    }
}
