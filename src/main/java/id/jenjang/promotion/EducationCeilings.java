package id.jenjang.promotion;

import id.jenjang.employee.Golongan;
import id.jenjang.employee.Pendidikan;
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

    /** Empty when the table has no row for the education: BKPSDM then verifies by hand. */
    Optional<Golongan> ceiling(Pendidikan pendidikan);

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
