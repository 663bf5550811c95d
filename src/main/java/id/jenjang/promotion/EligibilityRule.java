package id.jenjang.promotion;

import id.jenjang.appraisal.Predikat;
import id.jenjang.employee.Golongan;
import id.jenjang.employee.JenisJabatan;
import id.jenjang.employee.Pendidikan;
import id.jenjang.employee.TingkatHukuman;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of processes/promotion-eligibility.dmn: a criterion and the thresholds it needs (the other columns
 * stay empty). Validated here, per criterion, because process owners edit the DMN by hand and a row with a
 * missing or mistyped threshold must fail loudly rather than quietly pass everyone.
 */
record EligibilityRule(Criterion criterion, Integer years, Predikat minPredikat, Set<TingkatHukuman> blockingTingkat,
        Integer rankSteps, Set<String> examGroups, JenisJabatan fromJabatan, Pendidikan minPendidikan) {

    EligibilityRule {
        Objects.requireNonNull(criterion, "criterion");
        blockingTingkat = blockingTingkat == null || blockingTingkat.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(blockingTingkat));
        examGroups = examGroups == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(examGroups));
        switch (criterion) {
            case MASA_KERJA_GOLONGAN -> require("years", years != null && years >= 0);
            case JENIS_JABATAN -> require("fromJabatan", fromJabatan != null);
            case MASA_JABATAN -> {
                require("years", years != null && years >= 0);
                require("fromJabatan", fromJabatan != null);
            }
            case PREDIKAT_TAHUNAN -> {
                require("years", years != null && years >= 1);
                require("minPredikat", minPredikat != null);
            }
            case HUKUMAN_DISIPLIN -> require("blockingTingkat", !blockingTingkat.isEmpty());
            case PANGKAT_TUJUAN -> require("rankSteps", rankSteps != null && rankSteps >= 1);
            case UJIAN_DINAS -> require("examGroups", !examGroups.isEmpty() && groups().containsAll(examGroups));
            case PENDIDIKAN -> require("minPendidikan", minPendidikan != null);
            case PANGKAT_ATASAN, PANGKAT_PENDIDIKAN, ANGKA_KREDIT -> {
                // no threshold: the row only says that the criterion applies (the education ceilings are their own
                // decision, promotion-education-ceiling)
            }
        }
    }

    private void require(String column, boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException(criterion + " memerlukan kolom " + column + " yang valid");
        }
    }

    /** I, II, III, IV: the values an examGroups cell may list. */
    private static Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        Arrays.stream(Golongan.values()).map(Golongan::group).forEach(groups::add);
        return groups;
    }
}
