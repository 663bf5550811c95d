package id.jenjang.promotion;

import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_BLOCKING_TINGKAT;
import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_CRITERION;
import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_EXAM_GROUPS;
import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_FROM_JABATAN;
import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_MIN_PENDIDIKAN;
import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_MIN_PREDIKAT;
import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_RANK_STEPS;
import static id.jenjang.promotion.DeployedEligibilityRules.OUTPUT_YEARS;
import static id.jenjang.promotion.PromotionType.JABATAN;
import static id.jenjang.promotion.PromotionType.KP_PILIHAN;
import static id.jenjang.promotion.PromotionType.KP_REGULER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real processes/promotion-eligibility.dmn on the standalone DMN engine: one test per rule row, named after
 * what the row requires, each checking that the row applies to exactly the cases it names and carries its
 * thresholds; then the whole table per case, so a row added, removed or moved shows up here. A row reads
 * criterion | years | minPredikat | blockingTingkat | rankSteps | examGroups | fromJabatan | minPendidikan.
 */
class PromotionEligibilityDecisionTest {

    static DmnFileEligibilityRules dmn;

    /** Every case the table knows: the three types, JABATAN with each post it names. */
    static final List<Object[]> CASES = List.of(
            new Object[] {KP_REGULER, null}, new Object[] {KP_PILIHAN, null},
            new Object[] {JABATAN, "ADMINISTRATOR"}, new Object[] {JABATAN, "PENGAWAS"});

    @BeforeAll
    static void parse() {
        dmn = new DmnFileEligibilityRules();
    }

    static List<String> rows(PromotionType type, String targetPosition) {
        return dmn.evaluate(type, targetPosition).getResultList().stream().map(PromotionEligibilityDecisionTest::row)
                .toList();
    }

    static String row(Map<String, Object> r) {
        return Stream.of(OUTPUT_CRITERION, OUTPUT_YEARS, OUTPUT_MIN_PREDIKAT, OUTPUT_BLOCKING_TINGKAT,
                OUTPUT_RANK_STEPS, OUTPUT_EXAM_GROUPS, OUTPUT_FROM_JABATAN, OUTPUT_MIN_PENDIDIKAN)
                .map(name -> String.valueOf(r.get(name))).reduce((a, b) -> a + " | " + b).orElseThrow();
    }

    /** The cases in which {@code row} is returned. */
    static List<String> casesWith(String row) {
        return CASES.stream().filter(c -> rows((PromotionType) c[0], (String) c[1]).contains(row))
                .map(c -> c[0] + (c[1] == null ? "" : ":" + c[1])).toList();
    }

    /** Peraturan BKN 2/2025: KP reguler only for jabatan pelaksana; no other type asks for it. */
    @Test
    void kpRegulerIsOnlyForPelaksana() {
        assertThat(casesWith("JENIS_JABATAN | null | null | null | null | null | PELAKSANA | null"))
                .containsExactly("KP_REGULER");
    }

    @Test
    void kpRegulerNeedsFourYearsInRank() {
        assertThat(casesWith("MASA_KERJA_GOLONGAN | 4 | null | null | null | null | null | null"))
                .containsExactly("KP_REGULER");
    }

    @Test
    void kpPilihanNeedsTwoYearsInRank() {
        assertThat(casesWith("MASA_KERJA_GOLONGAN | 2 | null | null | null | null | null | null"))
                .containsExactly("KP_PILIHAN");
    }

    @Test
    void administratorNeedsThreeYearsAsPengawas() {
        assertThat(casesWith("MASA_JABATAN | 3 | null | null | null | null | PENGAWAS | null"))
                .containsExactly("JABATAN:ADMINISTRATOR");
    }

    @Test
    void pengawasNeedsFourYearsAsPelaksana() {
        assertThat(casesWith("MASA_JABATAN | 4 | null | null | null | null | PELAKSANA | null"))
                .containsExactly("JABATAN:PENGAWAS");
    }

    @Test
    void everyCaseNeedsAtLeastBaikInTheLastTwoAnnualResults() {
        assertThat(casesWith("PREDIKAT_TAHUNAN | 2 | BAIK | null | null | null | null | null"))
                .containsExactly("KP_REGULER", "KP_PILIHAN", "JABATAN:ADMINISTRATOR", "JABATAN:PENGAWAS");
    }

    @Test
    void everyCaseIsBlockedByARunningSedangOrBeratSanction() {
        assertThat(casesWith("HUKUMAN_DISIPLIN | null | null | SEDANG,BERAT | null | null | null | null"))
                .containsExactly("KP_REGULER", "KP_PILIHAN", "JABATAN:ADMINISTRATOR", "JABATAN:PENGAWAS");
    }

    @Test
    void kpTargetsExactlyOneRankUp() {
        assertThat(casesWith("PANGKAT_TUJUAN | null | null | null | 1 | null | null | null"))
                .containsExactly("KP_REGULER", "KP_PILIHAN");
    }

    /** Peraturan BKN 2/2025 revoked the cap at the supervisor's rank (Kep. Ka BKN 12/2002): no case checks it. */
    @Test
    void noCaseIsCappedAtTheSupervisorsRankAnyMore() {
        assertThat(casesWith("PANGKAT_ATASAN | null | null | null | null | null | null | null")).isEmpty();
    }

    @Test
    void kpRegulerIsCappedAtTheHighestRankForTheEducation() {
        assertThat(casesWith("PANGKAT_PENDIDIKAN | null | null | null | null | null | null | null"))
                .containsExactly("KP_REGULER");
    }

    @Test
    void kpIntoGolonganThreeOrFourNeedsTheServiceExam() {
        assertThat(casesWith("UJIAN_DINAS | null | null | null | null | III,IV | null | null"))
                .containsExactly("KP_REGULER", "KP_PILIHAN");
    }

    @Test
    void kpPilihanNeedsCreditPoints() {
        assertThat(casesWith("ANGKA_KREDIT | null | null | null | null | null | null | null"))
                .containsExactly("KP_PILIHAN");
    }

    @Test
    void administratorNeedsAtLeastD4() {
        assertThat(casesWith("PENDIDIKAN | null | null | null | null | null | null | D4"))
                .containsExactly("JABATAN:ADMINISTRATOR");
    }

    @Test
    void pengawasNeedsAtLeastD3() {
        assertThat(casesWith("PENDIDIKAN | null | null | null | null | null | null | D3"))
                .containsExactly("JABATAN:PENGAWAS");
    }

    @Test
    void kpRegulerHasSevenCriteriaInReadingOrder() {
        assertThat(rows(KP_REGULER, null)).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly(
                "JENIS_JABATAN", "MASA_KERJA_GOLONGAN", "PREDIKAT_TAHUNAN", "HUKUMAN_DISIPLIN", "PANGKAT_TUJUAN", "PANGKAT_PENDIDIKAN",
                "UJIAN_DINAS");
    }

    @Test
    void kpPilihanAddsCreditPoints() {
        assertThat(rows(KP_PILIHAN, null)).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly(
                "MASA_KERJA_GOLONGAN", "PREDIKAT_TAHUNAN", "HUKUMAN_DISIPLIN", "PANGKAT_TUJUAN", "UJIAN_DINAS",
                "ANGKA_KREDIT");
    }

    @Test
    void jabatanHasFourCriteriaPerPost() {
        for (String post : List.of("ADMINISTRATOR", "PENGAWAS")) {
            assertThat(rows(JABATAN, post)).as(post).extracting(r -> r.substring(0, r.indexOf(' ')))
                    .containsExactly("MASA_JABATAN", "PREDIKAT_TAHUNAN", "HUKUMAN_DISIPLIN", "PENDIDIKAN");
        }
    }

    @Test
    void jabatanWithoutAKnownPostHasNoTimeRule() {
        // only the shared rows match; EligibilityService refuses such a case rather than judge it on them
        assertThat(rows(JABATAN, "JPT")).extracting(r -> r.substring(0, r.indexOf(' ')))
                .containsExactly("PREDIKAT_TAHUNAN", "HUKUMAN_DISIPLIN");
        assertThat(rows(JABATAN, null)).extracting(r -> r.substring(0, r.indexOf(' ')))
                .containsExactly("PREDIKAT_TAHUNAN", "HUKUMAN_DISIPLIN");
    }

    @Test
    void everyRowMapsToAValidRuleWithIntegerThresholds() {
        for (Object[] c : CASES) {
            assertThat(dmn.rules((PromotionType) c[0], (String) c[1], java.time.LocalDate.of(2026, 1, 1)).rows()).isNotEmpty();
        }
        DmnDecisionTableResult kp = dmn.evaluate(KP_REGULER, null);
        assertThat(kp.getResultList().stream().filter(r -> "MASA_KERJA_GOLONGAN".equals(r.get(OUTPUT_CRITERION)))
                .findFirst().orElseThrow().get(OUTPUT_YEARS)).isInstanceOf(Integer.class);
    }
}
