package id.jenjang.promotion;

import id.jenjang.employee.Golongan;
import id.jenjang.employee.Pendidikan;
import id.jenjang.rules.DecisionVersion;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The highest rank KP reguler can reach with an education (Peraturan BKN 2/2025): its own decision table,
 * processes/promotion-education-ceiling.dmn, so a process owner changes a ceiling by redeploying that table.
 * An interface for the same reason as {@link EligibilityRules}: the tests read the real file on the standalone
 * DMN engine.
 */
interface EducationCeilings {

    String DECISION_KEY = "promotion-education-ceiling";
    String INPUT_PENDIDIKAN = "pendidikan";
    String OUTPUT_MAX_GOLONGAN = "maxGolongan";

    /**
     * The ceiling and the table version that set it; {@code max} is empty when that version has no row for the
     * education (BKPSDM then verifies by hand).
     */
    record Ceiling(DecisionVersion version, Optional<Golongan> max) {
    }

    /**
     * Under the table version in force on {@code date}, the date the eligibility is judged on (the KP period
     * date): a ceiling deployed for a later regulation leaves an earlier period's judgement as it was.
     *
     * @throws id.jenjang.rules.RuleNotInForce when no version of the table is in force on that date
     */
    Ceiling ceiling(Pendidikan pendidikan, LocalDate date);

    /** Shared with the tests: one row's output to a rank, refusing a mistyped cell loudly. */
    static Optional<Golongan> toCeiling(Object maxGolongan) {
        if (maxGolongan == null || maxGolongan.toString().isBlank()) {
            return Optional.empty();
        }
        String label = maxGolongan.toString().trim();
        return Optional.of(Golongan.fromLabel(label).orElseThrow(() -> new IllegalStateException("Pangkat tertinggi '"
                + label + "' di " + DECISION_KEY + ".dmn tidak dikenal; pilihan: " + String.join(", ",
                        Golongan.labels()))));
    }
}
