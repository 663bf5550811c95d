package id.jenjang.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real processes/predikat-kinerja.dmn, one case per rule row (the nine cells of the matrix). */
class PredikatKinerjaDecisionTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = PredikatKinerjaDecisionTest.class.getResourceAsStream("/processes/predikat-kinerja.dmn")) {
            decision = engine.parseDecision("predikat-kinerja", dmn);
        }
    }

    @ParameterizedTest(name = "hasil {0} x perilaku {1} -> {2}")
    @CsvSource({
            "DI_ATAS, DI_ATAS, SANGAT_BAIK",
            "DI_ATAS, SESUAI, BAIK",
            "DI_ATAS, DI_BAWAH, KURANG",
            "SESUAI, DI_ATAS, BAIK",
            "SESUAI, SESUAI, BAIK",
            "SESUAI, DI_BAWAH, KURANG",
            "DI_BAWAH, DI_ATAS, BUTUH_PERBAIKAN",
            "DI_BAWAH, SESUAI, BUTUH_PERBAIKAN",
            "DI_BAWAH, DI_BAWAH, SANGAT_KURANG"})
    void matrixCellGivesTheRegulationsPredikat(String hasilKerja, String perilakuKerja, String predikat) {
        var result = engine.evaluateDecisionTable(decision,
                Map.of("hasilKerja", hasilKerja, "perilakuKerja", perilakuKerja));
        assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(predikat);
        assertThat(Predikat.valueOf(predikat)).isNotNull();
    }

    @Test
    void unknownRatingMatchesNoRule() {
        var result = engine.evaluateDecisionTable(decision, Map.of("hasilKerja", "CUKUP", "perilakuKerja", "SESUAI"));
        assertThat(result).isEmpty();
    }
}
