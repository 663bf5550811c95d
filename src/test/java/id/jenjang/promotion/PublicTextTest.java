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
    void initialsAreTheFirstLetterOfEachWordOfTheNameWithoutTitlesAndDegrees() {
        assertThat(PublicText.initials("Siti Wulandari")).isEqualTo("S. W.");
        assertThat(PublicText.initials("  sri   utami ")).isEqualTo("S. U.");
        assertThat(PublicText.initials("Dr. Budi Santoso, S.Kom., M.Si.")).isEqualTo("B. S.");
        assertThat(PublicText.initials("Hj. Nur Lubis")).isEqualTo("N. L.");
        // an abbreviation inside the name is part of it
        assertThat(PublicText.initials("Ahmad H. Siregar")).isEqualTo("A. H. S.");
        assertThat(PublicText.initials("Sukarno")).isEqualTo("S.");
        assertThat(PublicText.initials("Ömer Çelik")).isEqualTo("Ö. Ç.");
        assertThat(PublicText.initials(null)).isNull();
    }

    @Test
    void forACaseEndedWithoutPromotionTheNameIsReplacedWhereverItStandsAndNipsAreMasked() {
        var text = PublicText.forCase(promotionCase("Dr. Budi Santoso, S.Kom.", "REJECTED"));

        assertThat(text.apply("Calon: Dr. Budi Santoso, S.Kom. (NIP " + NIP + ")"))
                .isEqualTo("Calon: B. S. (NIP **************1001)");
        assertThat(text.apply("BUDI SANTOSO belum siap; budi santoso, kata Dr. Budi Santoso"))
                .isEqualTo("B. S. belum siap; B. S., kata B. S.");
        // a longer word that merely contains the name is someone else's
        assertThat(text.apply("Budi Santosowati")).isEqualTo("Budi Santosowati");
        assertThat(text.apply(null)).isNull();
        assertThat(PublicText.forCase(promotionCase("Siti Wulandari", "NOT_ELIGIBLE")).apply("calon Siti Wulandari"))
                .isEqualTo("calon S. W.");
    }

    @Test
    void forACaseOnItsWayToPromotionOnlyNipsAreMasked() {
        for (String status : new String[] {"ANNOUNCED", "OBJECTION", "PPK", "DECREED"}) {
            assertThat(PublicText.forCase(promotionCase("Siti Wulandari", status)).apply("Siti Wulandari " + NIP))
                    .as(status).isEqualTo("Siti Wulandari **************1001");
        }
        // a status the code does not know is treated as the private kind: a name cannot be taken back
        assertThat(PublicText.forCase(promotionCase("Siti Wulandari", "DIUBAH")).apply("Siti Wulandari"))
                .isEqualTo("S. W.");
    }

    @Test
    void jsonTreesAreMappedWithTheCaseRule() throws Exception {
        JsonNode payload = new ObjectMapper().readTree("{\"minutes\": \"Calon: Siti Wulandari\", \"approve\": 1}");

        JsonNode mapped = PublicText.map(payload, PublicText.forCase(promotionCase("Siti Wulandari", "REJECTED")));

        assertThat(mapped.toString()).isEqualTo("{\"minutes\":\"Calon: S. W.\",\"approve\":1}");
    }

    private static PromotionCase promotionCase(String nama, String status) {
        return new PromotionCase("pi", "bk", NIP, nama, "KP_REGULER", "III/c", status, false, null, null, null, null,
                null, 0, null, null, null);
    }

    @Test
    void hashesStayWhateverDigitsTheyHoldButAnythingElseInAHashFieldIsMasked() {
        assertThat(PublicText.hash(AuditChain.GENESIS)).isEqualTo(AuditChain.GENESIS);
        assertThat(PublicText.hash(NIP)).isEqualTo("**************1001");
    }
}
