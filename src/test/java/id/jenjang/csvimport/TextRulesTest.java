package id.jenjang.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void cellsASpreadsheetWouldRunAreRefused() {
        for (String formula : new String[] {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "=HYPERLINK(\"x\")"}) {
            assertThat(TextRules.looksLikeFormula(formula)).as(formula).isTrue();
            assertThat(TextRules.problem(formula)).as(formula).get().asString().contains("rumus");
        }
    }

    @Test
    void ordinaryValuesAndTheLoneDashStayAllowed() {
        for (String text : new String[] {"", "-", "Siti Rahma, S.Kom.", "III/a", "2024-01-01", "199001012015031001",
                "bkpsdm;tpk", "a=b", "nama@contoh.go.id", "Baris satu\nbaris dua\tdengan tab"}) {
            assertThat(TextRules.problem(text)).as(text).isEmpty();
        }
    }

    @Test
    void controlCharactersAreNamedWithTheirPosition() {
        assertThat(TextRules.controlCharacter("Budi\u0000")).contains("U+0000 pada posisi 5");
        assertThat(TextRules.controlCharacter("\u001b[31mmerah")).contains("U+001B pada posisi 1");
        assertThat(TextRules.controlCharacter("del\u007f")).contains("U+007F pada posisi 4");
        assertThat(TextRules.controlCharacter("c1\u0085")).contains("U+0085 pada posisi 3");
    }

    @Test
    void theParserReportsEveryBadCellWithLineAndColumn() {
        ImportErrors errors = new ImportErrors();
        List<CsvRow> rows = CsvTable.parse("a,b\nbaik,=1+1\n\"x\u0000y\",-\n", List.of("a", "b"), errors);
        assertThat(rows).hasSize(2);
        List<ImportError> reported = new ArrayList<>();
        try {
            errors.throwIfAny();
        } catch (ImportRejectedException e) {
            reported.addAll(e.errors());
        }
        assertThat(reported).extracting(ImportError::line, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "b"), org.assertj.core.groups.Tuple.tuple(3L, "a"));
        assertThat(reported.get(1).message()).contains("U+0000");
    }
}
