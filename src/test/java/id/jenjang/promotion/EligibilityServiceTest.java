package id.jenjang.promotion;

import static id.jenjang.promotion.EligibilityCriterion.Result.FAIL;
import static id.jenjang.promotion.EligibilityCriterion.Result.NEEDS_VERIFICATION;
import static id.jenjang.promotion.EligibilityCriterion.Result.NOT_ASSESSABLE;
import static id.jenjang.promotion.EligibilityCriterion.Result.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.appraisal.AppraisalHistoryImportService;
import id.jenjang.employee.DisciplineImportService;
import id.jenjang.employee.EmployeeImportService;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.support.TestNips;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Eligibility on the real database and the deployed decision: each test creates its own candidate (NIPs from
 * 5000 on) with the master data the criterion under test looks at, and evaluates on a fixed day, so the
 * boundaries (exactly 4 years, a sanction that ended yesterday) do not depend on when the build runs.
 */
@JenjangSpringTest
class EligibilityServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String UNIT = "TELIG";
    static final String HEAD = TestNips.nip(5000); // IV/a, no supervisor
    static final String SECTION_HEAD = TestNips.nip(5001); // III/b, below HEAD

    @Autowired
    EligibilityService eligibility;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    DisciplineImportService disciplineImport;
    @Autowired
    AppraisalHistoryImportService historyImport;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void supervisors() {
        importEmployees(row(HEAD, "ADMINISTRATOR", "IV/a", "2015-04-01", "S2", ""),
                row(SECTION_HEAD, "PENGAWAS", "III/b", "2018-04-01", "S1", HEAD));
    }

    // ---- KP reguler

    @Test
    void candidateMeetingEveryCriterionIsEligibleAndTheReasonsSayWhatWasSeen() throws Exception {
        String nip = candidate(5010, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,SANGAT_BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isTrue();
        assertThat(result.needsVerification()).isFalse();
        assertThat(result.criteria()).extracting(c -> c.criterion() + " " + c.result()).containsExactly(
                "JENIS_JABATAN PASS", "MASA_KERJA_GOLONGAN PASS", "PREDIKAT_TAHUNAN PASS", "HUKUMAN_DISIPLIN PASS", "PANGKAT_TUJUAN PASS",
                "PANGKAT_PENDIDIKAN PASS", "UJIAN_DINAS PASS");
        assertThat(result.criteria()).extracting(EligibilityCriterion::value).containsExactly(
                "jabatan sekarang Pelaksana",
                "III/b, 6 tahun 7 bulan 21 hari sejak TMT golongan 2020-04-01",
                "2025: Baik; 2024: Sangat Baik",
                "tidak ada hukuman disiplin tercatat",
                "III/b ke III/c (1 tingkat)",
                "tujuan III/c, pendidikan S1 paling tinggi III/d",
                "III/b ke III/c: tidak melewati golongan");

        JsonNode reasons = json.readTree(eligibility.reasonsJson(result));
        assertThat(reasons).hasSize(7);
        List<String> fields = new ArrayList<>();
        reasons.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("criterion", "label", "value", "requirement", "result", "decisionKey",
                "decisionVersion", "versionTag");
        assertThat(reasons.get(1).get("criterion").asText()).isEqualTo("MASA_KERJA_GOLONGAN");
        assertThat(reasons.get(1).get("label").asText()).isEqualTo("Masa kerja dalam pangkat terakhir");
        assertThat(reasons.get(1).get("requirement").asText()).isEqualTo("paling sedikit 4 tahun sejak TMT golongan");
        assertThat(reasons.get(1).get("result").asText()).isEqualTo("PASS");
        // the education ceiling names the table version that set the highest rank, beside the eligibility version
        JsonNode ceiling = reasons.get(5);
        assertThat(ceiling.get("criterion").asText()).isEqualTo("PANGKAT_PENDIDIKAN");
        assertThat(ceiling.get("decisionKey").asText()).isEqualTo("promotion-eligibility");
        assertThat(ceiling.at("/ceilingRule/decisionKey").asText()).isEqualTo("promotion-education-ceiling");
        assertThat(ceiling.at("/ceilingRule/versionTag").asText()).isEqualTo("PerBKN-2-2025");
        assertThat(ceiling.at("/ceilingRule/decisionVersion").isInt()).isTrue();
        assertThat(reasons.get(4).has("ceilingRule")).isFalse();
    }

    @Test
    void aFunctionalPostHolderIsNotEligibleForKpRegulerAndIsToldKpPilihanIsTheirRoute() {
        String nip = candidate(5030, "FUNGSIONAL", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isFalse();
        assertThat(result.criteria()).filteredOn(c -> c.result() == FAIL).extracting(EligibilityCriterion::criterion)
                .containsExactly(Criterion.JENIS_JABATAN);
        assertThat(criterion(result, Criterion.JENIS_JABATAN)).satisfies(c -> {
            assertThat(c.value()).isEqualTo("jabatan sekarang Fungsional; kenaikan pangkat jabatan fungsional melalui"
                    + " KP pilihan");
            assertThat(c.requirement()).startsWith("jabatan pelaksana");
        });
    }

    @Test
    void thePelaksanaWithTheSameRecordIsEligible() {
        String nip = candidate(5031, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.JENIS_JABATAN).result()).isEqualTo(PASS);
    }

    @Test
    void aFunctionalPostHolderOnStudyLeaveIsWithinKpReguler() {
        String nip = candidateWithPenugasan(5040, "FUNGSIONAL", "TUGAS_BELAJAR");
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityCriterion kind = criterion(evaluate(nip, PromotionType.KP_REGULER, "III/c"), Criterion.JENIS_JABATAN);

        assertThat(kind.result()).isEqualTo(PASS);
        assertThat(kind.value()).isEqualTo("jabatan sekarang Fungsional, tugas belajar");
    }

    @Test
    void aFunctionalPostHolderSecondedOutsideTheAgencyIsWithinKpReguler() {
        String nip = candidateWithPenugasan(5041, "FUNGSIONAL", "DIPERBANTUKAN");
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(criterion(result, Criterion.JENIS_JABATAN).result()).isEqualTo(PASS);
        assertThat(result.eligible()).isTrue();
    }

    @Test
    void aSecondedLeaderStaysOutOfKpRegulerAndIsTold() {
        String nip = candidateWithPenugasan(5042, "PENGAWAS", "DIPEKERJAKAN");
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityCriterion kind = criterion(evaluate(nip, PromotionType.KP_REGULER, "III/c"), Criterion.JENIS_JABATAN);

        assertThat(kind.result()).isEqualTo(FAIL);
        assertThat(kind.value()).isEqualTo("jabatan sekarang Pengawas, dipekerjakan di luar instansi induk");
        assertThat(kind.requirement()).contains("tanpa jabatan pimpinan");
    }

    @Test
    void exactlyFourYearsInRankPasses() {
        String nip = candidate(5011, "PELAKSANA", "III/b", "2022-11-22", "S1", HEAD);

        EligibilityCriterion years = criterion(evaluate(nip, PromotionType.KP_REGULER, "III/c"),
                Criterion.MASA_KERJA_GOLONGAN);

        assertThat(years.result()).isEqualTo(PASS);
        assertThat(years.value()).isEqualTo("III/b, 4 tahun 0 bulan 0 hari sejak TMT golongan 2022-11-22");
    }

    @Test
    void fourYearsInRankLessOneDayFails() {
        String nip = candidate(5012, "PELAKSANA", "III/b", "2022-11-23", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.MASA_KERJA_GOLONGAN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(FAIL);
            assertThat(c.value()).isEqualTo("III/b, 3 tahun 11 bulan 30 hari sejak TMT golongan 2022-11-23");
        });
        assertThat(result.criteria()).filteredOn(c -> c.result() == FAIL).hasSize(1);
    }

    @Test
    void oneYearButuhPerbaikanFails() {
        String nip = candidate(5013, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BUTUH_PERBAIKAN", "2024,SANGAT_BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.PREDIKAT_TAHUNAN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(FAIL);
            assertThat(c.value()).isEqualTo("2025: Butuh Perbaikan; 2024: Sangat Baik");
            // names the date and the years used now (Peraturan BKN 2/2025: results final on the KP period date)
            assertThat(c.requirement()).isEqualTo("paling rendah Baik pada setiap penilaian tahunan 2 tahun terakhir"
                    + " yang final pada 2026-11-22 (tahun 2025 dan 2024)");
        });
    }

    /**
     * Law changed: a missing year used to fail ("belum ada"); missing data is not a verdict now, the case is "belum
     * dapat dinilai" and says which year is missing.
     */
    @Test
    void missingYearIsNotAVerdictButBelumDapatDinilai() {
        String nip = candidate(5014, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2023,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isFalse();
        assertThat(result.assessable()).isFalse();
        assertThat(criterion(result, Criterion.PREDIKAT_TAHUNAN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(NOT_ASSESSABLE);
            assertThat(c.value()).isEqualTo("2025: Baik; 2024: belum final, belum dapat dinilai");
        });
    }

    @Test
    void aFailingYearIsAVerdictEvenWhenAnotherYearIsMissing() {
        String nip = candidate(5034, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BUTUH_PERBAIKAN");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isFalse();
        assertThat(result.assessable()).isTrue();
        assertThat(criterion(result, Criterion.PREDIKAT_TAHUNAN).result()).isEqualTo(FAIL);
    }

    /**
     * Law changed: this year's result counted once it was in; on a KP period date the year it falls in is never
     * final, so the last two years before it are used.
     */
    @Test
    void theYearThePeriodFallsInIsNeverUsed() {
        String nip = candidate(5015, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2026,BAIK", "2025,SANGAT_BAIK", "2024,KURANG");

        EligibilityCriterion predikat = criterion(evaluate(nip, PromotionType.KP_REGULER, "III/c"),
                Criterion.PREDIKAT_TAHUNAN);

        assertThat(predikat.result()).isEqualTo(FAIL);
        assertThat(predikat.value()).isEqualTo("2025: Sangat Baik; 2024: Kurang/Misconduct");
    }

    /** In January the year just ended is not final yet: 2025 and 2024 count; from February 2026 and 2025. */
    @Test
    void theLastYearCountsFromFebruaryOfTheNextYear() {
        String nip = candidate(5035, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult january = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null,
                LocalDate.of(2027, 1, 1));
        EligibilityResult february = eligibility.evaluate(nip, PromotionType.KP_REGULER, "III/c", null,
                LocalDate.of(2027, 2, 1));

        assertThat(january.eligible()).isTrue();
        assertThat(criterion(january, Criterion.PREDIKAT_TAHUNAN).requirement()).endsWith(
                "yang final pada 2027-01-01 (tahun 2025 dan 2024)");
        assertThat(february.assessable()).isFalse();
        assertThat(criterion(february, Criterion.PREDIKAT_TAHUNAN).value())
                .isEqualTo("2026: belum final, belum dapat dinilai; 2025: Baik");
    }

    @Test
    void sedangSanctionThatEndedYesterdayPasses() {
        String nip = candidate(5016, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        sanctions(nip, "SEDANG,2025-11-22,2026-11-21");

        EligibilityCriterion discipline = criterion(evaluate(nip, PromotionType.KP_REGULER, "III/c"),
                Criterion.HUKUMAN_DISIPLIN);

        assertThat(discipline.result()).isEqualTo(PASS);
        assertThat(discipline.value()).isEqualTo("tidak ada yang sedang dijalani; tercatat: Sedang 2025-11-22 s.d."
                + " 2026-11-21");
    }

    @Test
    void sedangSanctionEndingTodayStillBlocks() {
        String nip = candidate(5017, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        sanctions(nip, "SEDANG,2025-11-23,2026-11-22");

        EligibilityCriterion discipline = criterion(evaluate(nip, PromotionType.KP_REGULER, "III/c"),
                Criterion.HUKUMAN_DISIPLIN);

        assertThat(discipline.result()).isEqualTo(FAIL);
        assertThat(discipline.value()).isEqualTo("sedang dijalani: Sedang 2025-11-23 s.d. 2026-11-22");
    }

    @Test
    void runningBeratSanctionFails() {
        String nip = candidate(5018, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");
        sanctions(nip, "BERAT,2026-01-05,");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.HUKUMAN_DISIPLIN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(FAIL);
            assertThat(c.value()).isEqualTo("sedang dijalani: Berat 2026-01-05 sampai sekarang (belum selesai)");
            // reworded: an examination blocks whatever level it may end in (PP 94/2021), not only SEDANG/BERAT
            assertThat(c.requirement()).isEqualTo(
                    "tidak sedang menjalani hukuman disiplin tingkat Sedang atau Berat dan tidak sedang diperiksa"
                            + " (PP 94/2021)");
        });
    }

    @Test
    void aDisciplineRecordUnderExaminationBlocksAndTheReasonsSaySo() {
        String nip = candidate(5032, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");
        sanctions(nip, ",2026-09-01,");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.HUKUMAN_DISIPLIN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(FAIL);
            assertThat(c.value()).isEqualTo("sedang diperiksa, tingkat hukuman belum ditetapkan: pemeriksaan sejak"
                    + " 2026-09-01 sampai sekarang (belum selesai)");
        });
        assertThat(result.criteria()).filteredOn(c -> c.result() == FAIL).hasSize(1);
    }

    @Test
    void anExaminationThatEndedInARinganSanctionNoLongerBlocks() {
        String nip = candidate(5033, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");
        sanctions(nip, ",2026-09-01,");
        sanctions(nip, "RINGAN,2026-09-01,2026-09-01");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.HUKUMAN_DISIPLIN).value())
                .isEqualTo("tidak ada yang sedang dijalani; tercatat: Ringan 2026-09-01 s.d. 2026-09-01");
    }

    @Test
    void runningRinganSanctionNeverBlocks() {
        String nip = candidate(5019, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");
        sanctions(nip, "RINGAN,2026-10-01,");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.HUKUMAN_DISIPLIN).value())
                .isEqualTo("tidak ada yang sedang dijalani; tercatat: Ringan 2026-10-01 sampai sekarang (belum selesai)");
    }

    /**
     * Law changed (Peraturan BKN 2/2025): this case failed before on "above the supervisor's rank"; the cap
     * is gone, and a supervisor of lower rank no longer blocks.
     */
    @Test
    void supervisorOfLowerRankNoLongerBlocks() {
        String nip = candidate(5020, "PELAKSANA", "III/b", "2020-04-01", "S1", SECTION_HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/c");

        assertThat(result.eligible()).isTrue();
        assertThat(result.criteria()).extracting(EligibilityCriterion::criterion)
                .doesNotContain(Criterion.PANGKAT_ATASAN);
        assertThat(criterion(result, Criterion.PANGKAT_PENDIDIKAN).value())
                .isEqualTo("tujuan III/c, pendidikan S1 paling tinggi III/d");
    }

    /** Each row of promotion-education-ceiling on the deployed decision: up to the ceiling passes, above fails. */
    @ParameterizedTest(name = "{0}: to {2} passes, to {3} fails")
    @CsvSource({"5100, SD, I/d, II/a, II/b", "5102, SLTP, II/b, II/c, II/d", "5104, SLTP_KEJURUAN, II/c, II/d, III/a",
            "5106, SLTA, III/a, III/b, III/c", "5108, SMA, III/a, III/b, III/c", "5110, SLTA_KEJURUAN, III/a, III/b, III/c",
            "5112, D1, III/a, III/b, III/c", "5114, D2, III/a, III/b, III/c", "5116, D3, III/b, III/c, III/d",
            "5118, S1, III/c, III/d, IV/a", "5120, D4, III/c, III/d, IV/a", "5122, S2, III/d, IV/a, IV/b",
            "5124, S3, IV/a, IV/b, IV/c"})
    void educationCeilingAtTheCapPassesAndAboveItFails(int n, String pendidikan, String below, String cap,
            String above) {
        String atCap = candidate(n, "PELAKSANA", below, "2020-04-01", pendidikan, HEAD);
        String overCap = candidate(n + 1, "PELAKSANA", cap, "2020-04-01", pendidikan, HEAD);

        EligibilityCriterion pass = criterion(evaluate(atCap, PromotionType.KP_REGULER, cap),
                Criterion.PANGKAT_PENDIDIKAN);
        EligibilityCriterion fail = criterion(evaluate(overCap, PromotionType.KP_REGULER, above),
                Criterion.PANGKAT_PENDIDIKAN);

        String shown = pendidikan.equals("SMA") ? "SLTA" : pendidikan;
        assertThat(pass.result()).isEqualTo(PASS);
        assertThat(pass.value()).isEqualTo("tujuan " + cap + ", pendidikan " + shown + " paling tinggi " + cap);
        assertThat(fail.result()).isEqualTo(FAIL);
        assertThat(fail.value()).isEqualTo("tujuan " + above + ", pendidikan " + shown + " paling tinggi " + cap);
    }

    @Test
    void twoRanksUpFails() {
        String nip = candidate(5022, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/d");

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.PANGKAT_TUJUAN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(FAIL);
            assertThat(c.value()).isEqualTo("III/b ke III/d (2 tingkat)");
            assertThat(c.requirement()).isEqualTo("tepat 1 tingkat di atas pangkat sekarang");
        });
    }

    @Test
    void crossingIntoGolonganThreeNeedsVerificationOfTheServiceExamAndStaysEligible() {
        String nip = candidate(5023, "PELAKSANA", "II/d", "2020-04-01", "D3", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_REGULER, "III/a");

        assertThat(result.eligible()).isTrue();
        assertThat(result.needsVerification()).isTrue();
        assertThat(criterion(result, Criterion.UJIAN_DINAS)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(NEEDS_VERIFICATION);
            assertThat(c.label()).contains("diverifikasi BKPSDM");
            assertThat(c.value()).isEqualTo("II/d ke III/a: masuk golongan III; kelulusan ujian dinas tidak ada di"
                    + " data induk");
        });
    }

    // ---- KP pilihan

    @Test
    void kpPilihanNeedsTwoYearsAndLeavesCreditPointsToBkpsdm() {
        String nip = candidate(5024, "FUNGSIONAL", "III/b", "2024-11-22", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = evaluate(nip, PromotionType.KP_PILIHAN, "III/c");

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.MASA_KERJA_GOLONGAN).result()).isEqualTo(PASS);
        assertThat(criterion(result, Criterion.ANGKA_KREDIT)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(NEEDS_VERIFICATION);
            assertThat(c.label()).contains("diverifikasi BKPSDM");
        });
    }

    // ---- promotion to a post

    @Test
    void administratorWithS1AndThreeYearsAsPengawasIsEligible() {
        String nip = candidate(5025, "PENGAWAS", "III/c", "2023-11-22", "S1", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = eligibility.evaluate(nip, PromotionType.JABATAN, null, "ADMINISTRATOR", TODAY);

        assertThat(result.eligible()).isTrue();
        assertThat(result.criteria()).extracting(c -> c.criterion() + " " + c.result()).containsExactly(
                "MASA_JABATAN PASS", "PREDIKAT_TAHUNAN PASS", "HUKUMAN_DISIPLIN PASS", "PENDIDIKAN PASS");
        assertThat(criterion(result, Criterion.MASA_JABATAN).value()).isEqualTo("jabatan sekarang Pengawas,"
                + " 3 tahun 0 bulan 0 hari sejak TMT golongan 2023-11-22 (TMT jabatan tidak ada di data induk;"
                + " TMT golongan dipakai sebagai perkiraan)");
        assertThat(criterion(result, Criterion.PENDIDIKAN).value()).isEqualTo("S1");
    }

    @Test
    void yearsInThePostCountFromTmtJabatanWhenTheMasterDataHasIt() {
        // eight years in rank, but in the pengawas post for two years less a day
        String nip = candidateWithTmtJabatan(5029, "PENGAWAS", "III/c", "2018-04-01", "S1", HEAD, "2024-11-23");
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = eligibility.evaluate(nip, PromotionType.JABATAN, null, "ADMINISTRATOR", TODAY);

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.MASA_JABATAN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(FAIL);
            assertThat(c.value()).isEqualTo("jabatan sekarang Pengawas, 1 tahun 11 bulan 30 hari sejak TMT jabatan"
                    + " 2024-11-23");
        });
    }

    @Test
    void exactlyThreeYearsSinceTmtJabatanPassesWhereTmtGolonganAloneWouldFail() {
        // a rank received last year, the post held for exactly three years
        String recorded = candidateWithTmtJabatan(5030, "PENGAWAS", "III/d", "2025-10-01", "S1", HEAD, "2023-11-22");
        String approximated = candidate(5031, "PENGAWAS", "III/d", "2025-10-01", "S1", HEAD);

        EligibilityCriterion withTmtJabatan = criterion(
                eligibility.evaluate(recorded, PromotionType.JABATAN, null, "ADMINISTRATOR", TODAY),
                Criterion.MASA_JABATAN);
        EligibilityCriterion fallback = criterion(
                eligibility.evaluate(approximated, PromotionType.JABATAN, null, "ADMINISTRATOR", TODAY),
                Criterion.MASA_JABATAN);

        assertThat(withTmtJabatan.result()).isEqualTo(PASS);
        assertThat(withTmtJabatan.value()).isEqualTo("jabatan sekarang Pengawas, 3 tahun 0 bulan 0 hari sejak TMT"
                + " jabatan 2023-11-22");
        assertThat(fallback.result()).isEqualTo(FAIL);
        assertThat(fallback.value()).isEqualTo("jabatan sekarang Pengawas, 1 tahun 1 bulan 21 hari sejak TMT golongan"
                + " 2025-10-01 (TMT jabatan tidak ada di data induk; TMT golongan dipakai sebagai perkiraan)");
    }

    @Test
    void pengawasWithSmaFails() {
        String nip = candidate(5026, "PELAKSANA", "II/c", "2018-04-01", "SMA", HEAD);
        annualResults(nip, "2025,BAIK", "2024,BAIK");

        EligibilityResult result = eligibility.evaluate(nip, PromotionType.JABATAN, null, "PENGAWAS", TODAY);

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.MASA_JABATAN).result()).isEqualTo(PASS);
        assertThat(criterion(result, Criterion.PENDIDIKAN)).satisfies(c -> {
            assertThat(c.result()).isEqualTo(FAIL);
            // SMA is read as SLTA, its name since Peraturan BKN 2/2025
            assertThat(c.value()).isEqualTo("SLTA");
            assertThat(c.requirement()).isEqualTo("paling rendah D3 (D3, D4, S1, S2, S3)");
        });
    }

    @Test
    void administratorFromAPelaksanaPostFails() {
        String nip = candidate(5027, "PELAKSANA", "III/c", "2018-04-01", "S1", HEAD);

        EligibilityCriterion post = criterion(
                eligibility.evaluate(nip, PromotionType.JABATAN, null, "ADMINISTRATOR", TODAY), Criterion.MASA_JABATAN);

        assertThat(post.result()).isEqualTo(FAIL);
        assertThat(post.requirement()).isEqualTo("paling sedikit 3 tahun sebagai Pengawas");
    }

    // ---- cases the decision does not cover are refused, never judged on part of the criteria

    @Test
    void unknownTargetsAndEmployeesAreRefused() {
        String nip = candidate(5028, "PELAKSANA", "III/b", "2020-04-01", "S1", HEAD);

        assertThatThrownBy(() -> eligibility.evaluate(nip, PromotionType.JABATAN, null, "JPT", TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JPT");
        assertThatThrownBy(() -> eligibility.evaluate(nip, PromotionType.JABATAN, null, "KEPALA", TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEPALA");
        assertThatThrownBy(() -> evaluate(nip, PromotionType.KP_REGULER, "III/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("III/x");
        assertThatThrownBy(() -> evaluate(TestNips.nip(5999), PromotionType.KP_REGULER, "III/c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tidak dikenal");
    }

    // ---- helpers

    EligibilityResult evaluate(String nip, PromotionType type, String targetRank) {
        return eligibility.evaluate(nip, type, targetRank, null, TODAY);
    }

    static EligibilityCriterion criterion(EligibilityResult result, Criterion criterion) {
        return result.criteria().stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow();
    }

    String candidate(int n, String jenis, String golongan, String tmt, String pendidikan, String atasan) {
        String nip = TestNips.nip(n);
        importEmployees(row(nip, jenis, golongan, tmt, pendidikan, atasan));
        return nip;
    }

    /** A candidate from a file with the optional column tmt_jabatan. */
    String candidateWithTmtJabatan(int n, String jenis, String golongan, String tmt, String pendidikan,
            String atasan, String tmtJabatan) {
        String nip = TestNips.nip(n);
        employeeImport.importCsv("nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,"
                + "tmt_golongan,pendidikan,nip_atasan,peran,tmt_jabatan\n"
                + row(nip, jenis, golongan, tmt, pendidikan, atasan).replace("\n", "," + tmtJabatan + "\n"), false);
        return nip;
    }

    /** III/b since 2020-04-01, S1, under HEAD, from a file with the optional column penugasan. */
    String candidateWithPenugasan(int n, String jenis, String penugasan) {
        String nip = TestNips.nip(n);
        employeeImport.importCsv("nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,"
                + "tmt_golongan,pendidikan,nip_atasan,peran,penugasan\n"
                + row(nip, jenis, "III/b", "2020-04-01", "S1", HEAD).replace("\n", "," + penugasan + "\n"), false);
        return nip;
    }

    static String row(String nip, String jenis, String golongan, String tmt, String pendidikan, String atasan) {
        return String.join(",", nip, "Pegawai " + nip.substring(14), "", UNIT, "Unit Uji Kelayakan", "",
                "Jabatan " + jenis, jenis, golongan, tmt, pendidikan, atasan, "") + "\n";
    }

    void importEmployees(String... rows) {
        employeeImport.importCsv("nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,"
                + "tmt_golongan,pendidikan,nip_atasan,peran\n" + String.join("", rows), false);
    }

    /** "2025,BAIK" per year. */
    void annualResults(String nip, String... results) {
        StringBuilder csv = new StringBuilder("nip,periode,predikat\n");
        for (String r : results) {
            csv.append(nip).append(',').append(r).append('\n');
        }
        historyImport.importCsv(csv.toString());
    }

    /** "SEDANG,2025-11-22,2026-11-21" per sanction, an empty end for one still running. */
    void sanctions(String nip, String... sanctions) {
        StringBuilder csv = new StringBuilder("nip,tingkat,mulai,selesai,keterangan\n");
        for (String s : sanctions) {
            csv.append(nip).append(',').append(s).append(",uji kelayakan\n");
        }
        disciplineImport.importCsv(csv.toString());
    }
}
