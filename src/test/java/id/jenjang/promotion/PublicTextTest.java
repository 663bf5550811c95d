package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PublicTextTest {

    private static final String NIP = "198501012010011001";

    @Test
    void aNipKeepsOnlyItsLastFourDigitsWhereverItStandsInAText() {
        assertThat(PublicText.mask(NIP)).isEqualTo("**************1001");
        assertThat(PublicText.mask("Calon " + NIP + " layak; penilai 197405071995122045."))
                .isEqualTo("Calon **************1001 layak; penilai **************2045.");
    }

    @Test
    void theNipsPrintedFormWithSpacesIsMaskedToo() {
        assertThat(PublicText.mask("NIP 19850101 201001 1 001")).isEqualTo("NIP **************1001");
    }

    @Test
    void ordinaryNumbersDatesAndLoginsStay() {
        String text = "Golongan III/c, TMT 2026-10-01, nilai 110, SK 800/123/BKPSDM/2026, oleh walikota";
        assertThat(PublicText.mask(text)).isEqualTo(text);
        assertThat(PublicText.mask((String) null)).isNull();
    }

    @Test
    void jsonKeysTextsAndNumbersAreMasked() throws Exception {
        JsonNode payload = new ObjectMapper().readTree("{\"" + NIP + "\": \"APPROVE\", \"voter\": " + NIP
                + ", \"list\": [\"x " + NIP + "\"], \"approve\": 2}");

        String masked = PublicText.mask(payload).toString();

        assertThat(masked).doesNotContainPattern("\\d{18}")
                .contains("\"**************1001\":\"APPROVE\"", "\"voter\":\"**************1001\"",
                        "\"x **************1001\"", "\"approve\":2");
    }

    @Test
    void hashesStayWhateverDigitsTheyHoldButAnythingElseInAHashFieldIsMasked() {
        assertThat(PublicText.hash(AuditChain.GENESIS)).isEqualTo(AuditChain.GENESIS);
        assertThat(PublicText.hash(NIP)).isEqualTo("**************1001");
    }
}
