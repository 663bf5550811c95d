package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.employee.Golongan;
import id.jenjang.employee.Pendidikan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real processes/promotion-education-ceiling.dmn (Peraturan BKN 2/2025): one case per row of the regulation's
 * table, the highest rank it gives; that every education Jenjang knows has exactly one row; and that every row
 * names its source or says it is not verified yet.
 */
class EducationCeilingDecisionTest {

    static DmnFileEducationCeilings dmn;

    @BeforeAll
    static void parse() {
        dmn = new DmnFileEducationCeilings();
    }

    @ParameterizedTest(name = "{0} reaches at most {1} by KP reguler")
    @CsvSource({"SD, II/a", "SLTP, II/c", "SLTP_KEJURUAN, II/d", "SLTA, III/b", "SMA, III/b", "SLTA_KEJURUAN, III/b",
            "D1, III/b", "D2, III/b", "D3, III/c", "S1, III/d", "D4, III/d", "S2, IV/a", "S3, IV/b"})
    void theHighestRankForEachEducationIsTheRegulationsRow(String pendidikan, String highest) {
        assertThat(dmn.evaluate(pendidikan).getSingleResult().<String>getEntry(EducationCeilings.OUTPUT_MAX_GOLONGAN))
                .isEqualTo(highest);
    }

    @Test
    void everyEducationJenjangKnowsHasACeiling() {
        Map<Pendidikan, Golongan> ceilings = Arrays.stream(Pendidikan.values())
                .collect(Collectors.toMap(p -> p, p -> dmn.ceiling(p, LocalDate.of(2026, 11, 1)).max().orElseThrow()));
        assertThat(ceilings).hasSize(Pendidikan.values().length);
    }

    @Test
    void anUnknownEducationHasNoCeilingSoBkpsdmLooksAtIt() {
        assertThat(dmn.evaluate("PAKET_C").getResultList()).isEmpty();
    }

    @Test
    void everyRowCitesItsSourceAndTheRowsFromS1UpSayTheyAreNotVerified() throws Exception {
        DmnModelInstance model;
        try (var in = getClass().getResourceAsStream("/processes/promotion-education-ceiling.dmn")) {
            model = Dmn.readModelFromStream(in);
        }
        List<Rule> rules = List.copyOf(model.getModelElementsByType(Rule.class));
        assertThat(rules).hasSize(8);
        for (Rule rule : rules) {
            String text = rule.getDescription().getTextContent();
            String input = rule.getInputEntries().iterator().next().getTextContent();
            boolean fromS1Up = input.contains("\"S1\"") || input.contains("\"S2\"") || input.contains("\"S3\"");
            if (fromS1Up) {
                assertThat(text).as(rule.getId()).startsWith("BELUM DIVERIFIKASI");
            } else {
                assertThat(text).as(rule.getId()).contains("Peraturan BKN 2/2025").doesNotContain("BELUM DIVERIFIKASI");
            }
        }
    }
}
