package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What RestSurfaceGuard reads from the real forms: the input fields, which are read-only, and their lengths. */
class FormFieldsTest {

    private static FormFields form(String name) throws Exception {
        return FormFields.of(new ObjectMapper().readTree(Files.readString(Path.of("forms", name + ".form"))));
    }

    @Test
    void theReviewFormTakesAcceptedAndAnObjectionAndShowsTheRatersNoteReadOnly() throws Exception {
        FormFields review = form("review-result");

        assertThat(review.byKey()).containsOnlyKeys("ratingNote", "calibrationReason", "curveJustification",
                "accepted", "objectionReason");
        assertThat(review.get("curveJustification").readOnly()).isTrue();
        assertThat(review.get("ratingNote").readOnly()).isTrue();
        assertThat(review.get("calibrationReason").readOnly()).isTrue();
        assertThat(review.get("accepted").readOnly()).isFalse();
        assertThat(review.get("objectionReason").maxLength()).isEqualTo(4000);
        // the predikat is shown in a text block, so it is no field at all
        assertThat(review.get("predikat")).isNull();
    }

    @Test
    void aDisabledFieldCountsAsReadOnlyAndAFieldWithoutMaxLengthGetsTheSafeDefault() throws Exception {
        FormFields vote = form("tpk-vote");

        assertThat(vote.byKey()).containsOnlyKeys("nominationReason", "vote", "voteReason");
        assertThat(vote.get("nominationReason").readOnly()).isTrue();
        assertThat(vote.get("vote").maxLength()).isEqualTo(FormFields.DEFAULT_MAX_LENGTH);
        assertThat(form("issue-decree").get("skNumber").maxLength()).isEqualTo(100);
    }

    @Test
    void tabsAndLineBreaksAreTextOtherControlCharactersAreNot() {
        assertThat(SubmittedVariables.hasControlCharacter("Baris satu\nbaris\tdua\r\n")).isFalse();
        assertThat(SubmittedVariables.hasControlCharacter("nol\u0000")).isTrue();
        assertThat(SubmittedVariables.hasControlCharacter("escape\u001b[31m")).isTrue();
        assertThat(SubmittedVariables.hasControlCharacter("c1\u0085")).isTrue();
    }
}
