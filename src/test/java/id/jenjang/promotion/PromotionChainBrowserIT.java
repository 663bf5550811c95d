package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Groups;
import id.jenjang.employee.Nip;
import id.jenjang.support.Api;
import id.jenjang.support.Browser;
import id.jenjang.support.CamundaPages;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoDataSeeder;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One promotion case through the whole chain in Tasklist, on the demo organisation, each person logging in
 * with their own demo account through Tasklist's login page: the README supervisor nominates her team member
 * (the README's candidate) with the start form under "Mulai proses", after the form refused a colleague outside
 * her team; BKPSDM claims and verifies; every TPK member without a conflict of interest votes in "Tugas saya";
 * the Sekda recommends and the mayor approves, each claiming the task in "Tugas kelompok saya"; the case is on
 * /transparansi; the objection window passes; BKPSDM records the decree. Then the candidate reads her new rank
 * and TMT over the API, and a visitor without login reads the decision, its reasons and the verified trail.
 * <p>
 * The job executor runs as in the demo (the committee is set by the asynchronous Task_PrepareVote on its own);
 * only the objection window's timer is fired through the engine, see the test. Screenshots of each step go to
 * target/screenshots/PromotionChainBrowserIT-*.png.
 */
@JenjangSpringTest
class PromotionChainBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final String PASSWORD = Api.DEMO_PASSWORD;
    static final String PROCESS = "Kenaikan pangkat dan jabatan";
    static final String KP_REGULER = "Kenaikan pangkat reguler";
    static final String NOMINATION_REASON = "Predikat kinerja Baik dan Sangat Baik dua tahun terakhir; "
            + "menyelesaikan migrasi data kependudukan tepat waktu.";
    static final String VERIFICATION_NOTE = "Berkas lengkap: SK pangkat terakhir, SKP dua tahun dan PAK sah.";
    static final String APPROVE_REASON = "Capaian kinerja dua tahun terbukti dan berkas lengkap.";
    static final String REJECT_REASON = "Belum ada bukti pengembangan kompetensi tahun ini.";
    static final String RECOMMENDATION = "Sesuai berita acara TPK, direkomendasikan untuk ditetapkan.";
    static final String DECISION = "Ditetapkan sesuai rekomendasi Sekretaris Daerah dan berita acara TPK.";
    static final String SK_NUMBER = "800/117/BKPSDM/2026";

    @LocalServerPort
    int port;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    String baseUrl;
    DemoOrganisation.Logins demo;

    @BeforeEach
    void setUp() {
        baseUrl = "http://localhost:" + port;
        demo = DemoOrganisation.generate(LocalDate.now(clock)).logins();
    }

    @Test
    void aCaseRunsThroughTheWholeChainInTasklistAndTheRankChanges() throws Exception {
        Employee candidate = employees.find(demo.candidate()).orElseThrow();
        String nip = candidate.nip();
        String supervisor = candidate.nipAtasan();
        assertThat(supervisor).isEqualTo(demo.supervisor());
        assertThat(candidate.golongan().label()).isEqualTo("III/a");
        String target = "III/b";
        String label = candidate.nama() + " (golongan " + target + ")";
        LocalDate tmtBefore = candidate.tmtGolongan();

        // 1. the supervisor nominates from "Mulai proses"; a colleague outside her team is refused first
        browser.loginToTasklist(baseUrl, supervisor, PASSWORD);
        browser.startProcess(PROCESS);
        assertThat(browser.waitFor(CamundaPages.START_PROCESS_TITLE).getText()).isEqualTo("Mulai proses: " + PROCESS);
        browser.fillFormField("Field_nip", demo.tpk());
        browser.selectFormOption("Field_promotionType", KP_REGULER);
        browser.fillFormField("Field_targetRank", "IV/e");
        browser.fillFormField("Field_nominationReason", NOMINATION_REASON);
        String refusal = browser.submitStartFormRefused();
        // in Bahasa Indonesia only: no "Cannot instantiate process definition <id>" in front (FormErrorMessages)
        assertThat(refusal).startsWith("Proses tidak dapat dimulai.")
                .endsWith("nip: Anda bukan atasan pegawai ini dan bukan BKPSDM").doesNotContain("Cannot");
        // shown where she looks: the dialog scrolls up to it (scripts/jenjang/dialog-errors.js)
        browser.waitUntilInView(CamundaPages.START_PROCESS_ERROR);
        browser.screenshot(shot("1a-usulan-ditolak"));
        browser.dismissNotifications();
        browser.fillFormField("Field_nip", nip);
        browser.fillFormField("Field_targetRank", target);
        browser.screenshot(shot("1b-usulan"), 1300);
        browser.submitStartForm();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(PromotionProcess.businessKey(nip, "KP_REGULER", target)).singleResult();
        assertThat(instance).as("case opened by the start form").isNotNull();
        String id = instance.getId();
        assertThat(runtimeService.getVariable(id, "nominatorNip")).isEqualTo(supervisor);
        assertThat(runtimeService.getVariable(id, "eligible")).isEqualTo(true);

        // 2. BKPSDM takes the verification from the group's list, reads the eligibility check, verifies
        browser.openTaskInTasklist(baseUrl, demo.bkpsdm(), PASSWORD, CamundaPages.MY_GROUP_TASKS,
                "Verifikasi berkas: " + label);
        browser.claimTask();
        assertThat(browser.waitFor(CamundaPages.TASK_CAMUNDA_FORM).getText())
                .contains("Verifikasi Berkas Usulan", candidate.nama() + " (NIP " + nip + ")",
                        "Hasil Pemeriksaan Persyaratan", "Masa kerja dalam pangkat terakhir");
        assertThat(browser.formFieldValue("Field_nominationReason")).isEqualTo(NOMINATION_REASON);
        browser.chooseFormRadio("Field_verified", "Berkas lengkap dan sah");
        browser.fillFormField("Field_verificationNote", VERIFICATION_NOTE);
        browser.screenshot(shot("2-verifikasi"), 1700);
        browser.completeTask();

        // 3. the committee: every tpk member but the candidate, the nominator, her rater and reviewer
        Set<String> conflicted = Set.of(nip, supervisor, employees.find(supervisor).orElseThrow().nipAtasan());
        List<String> committee = identityService.createUserQuery().memberOfGroup(Groups.TPK).list().stream()
                .map(User::getId).filter(member -> !conflicted.contains(member)).sorted().toList();
        assertThat(committee).hasSize(5);
        List<Task> votes = browser.waitUntil(d -> {
            List<Task> open = voteTasks(id);
            return open.size() == committee.size() ? open : null;
        }, Browser.PAGE_LOAD_TIMEOUT);
        assertThat(votes).extracting(Task::getAssignee).containsExactlyElementsOf(committee);
        for (int i = 0; i < committee.size(); i++) {
            boolean last = i == committee.size() - 1;
            browser.openTaskInTasklist(baseUrl, committee.get(i), PASSWORD, CamundaPages.MY_TASKS,
                    "Suara TPK: " + label);
            assertThat(browser.waitFor(CamundaPages.TASK_CAMUNDA_FORM).getText())
                    .contains("Sidang Tim Penilai Kinerja: Pemberian Suara", candidate.nama());
            // one member disagrees, so the board has both kinds of vote to count
            browser.chooseFormRadio("Field_vote", last ? "Tidak setuju" : "Setuju");
            browser.fillFormField("Field_voteReason", last ? REJECT_REASON : APPROVE_REASON);
            if (i == 0) {
                browser.screenshot(shot("3-suara-tpk"), 1500);
            }
            browser.completeTask();
        }

        // 4. the Sekda reads the minutes and recommends
        browser.openTaskInTasklist(baseUrl, demo.sekda(), PASSWORD, CamundaPages.MY_GROUP_TASKS,
                "Rekomendasi Sekda: " + label);
        browser.claimTask();
        assertThat(browser.waitFor(CamundaPages.TASK_CAMUNDA_FORM).getText())
                .contains("Berita Acara Sidang Tim Penilai Kinerja", "Anggota yang memilih: 5. Setuju: 4. "
                        + "Tidak setuju: 1.", REJECT_REASON);
        browser.chooseFormRadio("Field_recommended", "Direkomendasikan");
        browser.fillFormField("Field_recommendationNote", RECOMMENDATION);
        browser.screenshot(shot("4-rekomendasi-sekda"), 1800);
        browser.completeTask();

        // 5. the mayor (PPK, not a civil servant) decides
        browser.openTaskInTasklist(baseUrl, DemoDataSeeder.MAYOR_LOGIN, PASSWORD, CamundaPages.MY_GROUP_TASKS,
                "Keputusan PPK: " + label);
        assertThat(browser.waitFor(CamundaPages.TASK_PROCESS_NAME).getText()).isEqualTo(PROCESS);
        browser.claimTask();
        assertThat(browser.waitFor(CamundaPages.TASK_ASSIGNEE).getText()).isEqualTo("Wali Kota Contoh");
        assertThat(browser.formFieldValue("Field_recommendationNote")).isEqualTo(RECOMMENDATION);
        browser.chooseFormRadio("Field_approved", "Disetujui");
        browser.fillFormField("Field_decisionNote", DECISION);
        browser.screenshot(shot("5-keputusan-ppk"), 2200);
        browser.completeTask();

        // 6. announced: anyone reads the case on /transparansi while objections may be filed
        WebElement announced = openCaseOnBoard(id);
        assertThat(announced.findElement(By.className("status")).getText())
                .isEqualTo("Diumumkan, masa sanggah berjalan");
        assertThat(announced.getText()).contains(DECISION);
        browser.screenshot(shot("6-diumumkan"));

        // 7. the objection window (P7D) passes without objection. Waiting a week is no user action, so the
        // timer is fired through the engine as the job executor would fire it at its due date
        Job window = managementService.createJobQuery().processInstanceId(id)
                .activityId(PromotionProcess.Elements.TIMER_OBJECTION_WINDOW).singleResult();
        assertThat(window).as("objection window timer").isNotNull();
        managementService.executeJob(window.getId());

        // 8. BKPSDM records the decree, signed some days after the nomination; law changed (Peraturan BKN 2/2025
        // as BKN counts it): the new TMT is the KP period the case was judged for, not the SK date
        LocalDate today = LocalDate.now(clock);
        LocalDate period = today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1);
        LocalDate skDate = today.plusDays(3);
        browser.openTaskInTasklist(baseUrl, demo.bkpsdm(), PASSWORD, CamundaPages.MY_GROUP_TASKS,
                "Terbitkan SK: " + label);
        browser.claimTask();
        browser.fillFormField("Field_skNumber", SK_NUMBER);
        browser.fillFormDate("Field_skDate", skDate);
        browser.screenshot(shot("8-sk"), 1300);
        browser.completeTask();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
                .getEndActivityId()).isEqualTo(PromotionProcess.Elements.END_PROMOTED);

        // 9. the candidate reads her record as stored: new rank, TMT = the KP period date
        ResponseEntity<String> own = new Api(rest).get("/api/employees/" + nip, nip);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode record = json.readTree(own.getBody());
        assertThat(record.path("golongan").asText()).isEqualTo(target);
        assertThat(record.path("tmtGolongan").asText()).isEqualTo(period.toString()).isNotEqualTo(tmtBefore.toString());

        // 10. the board: decision, reasons of every step, the votes counted, the trail verified, no NIP
        WebElement decided = openCaseOnBoard(id);
        assertThat(decided.findElement(By.className("status")).getText()).isEqualTo("SK telah terbit");
        assertThat(decided.findElement(By.className("nip")).getText()).isEqualTo(Nip.masked(nip));
        assertThat(decided.findElement(By.cssSelector(".jejak.ok")).getText()).isEqualTo("Jejak terverifikasi ✓");
        assertThat(decided.findElement(By.className("ringkas-suara")).getText())
                .isEqualTo("4 setuju, 1 tidak setuju");
        List<String> steps = new ArrayList<>();
        decided.findElements(By.cssSelector(".langkah li strong")).forEach(s -> steps.add(s.getText()));
        assertThat(steps).containsExactly("Pengusulan", "Pemeriksaan syarat", "Verifikasi berkas oleh BKPSDM",
                "Suara anggota TPK", "Suara anggota TPK", "Suara anggota TPK", "Suara anggota TPK",
                "Suara anggota TPK", "Berita acara TPK", "Rekomendasi Sekretaris Daerah",
                "Keputusan Pejabat Pembina Kepegawaian", "Pengumuman", "Surat Keputusan (SK)");
        assertThat(decided.getText()).contains(NOMINATION_REASON, VERIFICATION_NOTE, APPROVE_REASON, REJECT_REASON,
                RECOMMENDATION, DECISION, SK_NUMBER).doesNotContainPattern("\\d{18}");
        browser.scrollTo(By.cssSelector("#kasus-" + id + " .langkah"));
        browser.screenshot(shot("10-papan-langkah"), 2400);

        // and the trail behind the mark, as anyone can fetch and recompute it
        JsonNode audit = json.readTree(new Api(rest).get("/api/public/promotions/" + id + "/audit").getBody());
        assertThat(audit.path("valid").asBoolean()).isTrue();
        List<String> trail = new ArrayList<>();
        audit.path("entries").forEach(e -> trail.add(e.path("step").asText()));
        assertThat(trail).containsExactly("NOMINATION", "ELIGIBILITY", "VERIFICATION", "TPK_VOTE", "TPK_VOTE",
                "TPK_VOTE", "TPK_VOTE", "TPK_VOTE", "MINUTES", "SEKDA", "PPK", "ANNOUNCEMENT", "DECREE");
        Set<String> actors = new HashSet<>();
        audit.path("entries").forEach(e -> actors.add(e.path("actor").asText()));
        assertThat(actors).contains(Nip.masked(supervisor), Nip.masked(demo.bkpsdm()), Nip.masked(demo.sekda()),
                DemoDataSeeder.MAYOR_LOGIN);
    }

    /** A visitor without login opens the board and finds the case by its id. */
    private WebElement openCaseOnBoard(String id) {
        browser.forgetSession();
        browser.open(baseUrl + "/transparansi");
        return browser.scrollTo(By.id("kasus-" + id));
    }

    private List<Task> voteTasks(String id) {
        return taskService.createTaskQuery().processInstanceId(id)
                .taskDefinitionKey(PromotionProcess.Elements.TASK_TPK_VOTE).orderByTaskAssignee().asc().list();
    }

    private static String shot(String step) {
        return PromotionChainBrowserIT.class.getSimpleName() + "-" + step;
    }
}
