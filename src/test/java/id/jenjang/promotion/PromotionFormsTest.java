package id.jenjang.promotion;

import static id.jenjang.support.FormSchemas.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Camunda Forms of promotion (forms/*.form, on the classpath under forms/), read as Tasklist's form-js 1.8 viewer
 * reads them: schema version, form ids, the variable keys of the process contract, required fields, no English left
 * for the user, and the FEEL the forms carry (hide conditions and the {{...}} templates of the context texts)
 * evaluated with the FEEL engine the Camunda engine ships. The browser runs feelin instead; for the comparisons, null
 * checks and if-then-else used here both give the same answers.
 *
 * <p>Decisions are radios with the string values "true" and "false" (the server turns them into booleans); the
 * Markdown the server prepares (eligibilitySummary, minutes, voteSummary) is shown in text views, which render it.
 */
class PromotionFormsTest {

    static final List<String> FORMS = List.of("promotion-nomination.form", "verify-documents.form",
            "fix-nomination.form", "tpk-vote.form", "sekda-recommendation.form", "ppk-decision.form",
            "review-objection.form", "issue-decree.form");
    /** The forms of user tasks: each opens with the same description of the case. */
    static final List<String> TASK_FORMS = FORMS.subList(1, FORMS.size());
    static final List<String> PROMOTION_TYPES = List.of("KP_REGULER", "KP_PILIHAN", "JABATAN");
    static final List<String> PROMOTION_TYPE_LABELS = List.of("Kenaikan pangkat reguler", "Kenaikan pangkat pilihan",
            "Pengangkatan dalam jabatan");
    /** A component kind, an underscore, a camelCase name, optionally numbered; never Modeler's Field_0abc12x. */
    static final Pattern MEANINGFUL_ID = Pattern.compile("(Field|Text|Group|Image|Table|List)_[a-z][a-zA-Z]+[0-9]*");
    /** English a form-js or Modeler default would leave behind (the common words and this domain's). */
    static final List<String> ENGLISH_HERE = Stream.concat(ENGLISH.stream(), Stream.of(
            "promotion", "nomination", "nominator", "candidate", "rank", "position", "eligibility", "eligible",
            "verified", "verification", "documents", "fix", "vote", "votes", "minutes", "summary", "recommendation",
            "recommended", "objection", "dismissed", "sustained", "decree", "issue", "committee", "conflict",
            "interest", "mayor", "regular")).toList();

    // ---------------------------------------------------------------------------------------------------------------
    // reading forms, beyond FormSchemas

    /** Shown, not asked: readonly fields are submitted back unchanged, disabled ones not at all (form-js 1.8). */
    static boolean displayOnly(JsonNode field) {
        return field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false);
    }

    static boolean required(JsonNode field) {
        return field.path("validate").path("required").asBoolean(false);
    }

    static boolean matches(JsonNode field, String input) {
        return Pattern.compile(field.path("validate").path("pattern").asText()).matcher(input).matches();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // every form

    @ParameterizedTest(name = "{0} is form {1} with keys {2}, required {3}")
    @CsvSource(delimiter = ';', value = {
            "promotion-nomination.form; promotionNomination; nip promotionType targetRank targetPosition"
                    + " nominationReason; nip promotionType targetRank targetPosition nominationReason",
            "verify-documents.form; verifyDocuments; nominationReason fixNote verified verificationNote;"
                    + " verified verificationNote",
            "fix-nomination.form; fixNomination; verificationNote nominationReason fixNote; nominationReason fixNote",
            "tpk-vote.form; tpkVote; nominationReason vote voteReason; vote voteReason",
            "sekda-recommendation.form; sekdaRecommendation; nominationReason recommended recommendationNote;"
                    + " recommended recommendationNote",
            "ppk-decision.form; ppkDecision; objectionReason objectionReviewNote nominationReason recommendationNote"
                    + " approved decisionNote; approved decisionNote",
            "review-objection.form; reviewObjection; decisionNote objectionReason objectionOutcome"
                    + " objectionReviewNote; objectionOutcome objectionReviewNote",
            "issue-decree.form; issueDecree; skNumber skDate; skNumber skDate"})
    void formHasItsIdKeysAndRequiredFields(String file, String id, String keys, String required) throws IOException {
        JsonNode form = load(file);
        assertThat(form.path("schemaVersion").asInt()).as("Tasklist 7.24 bundles form-js 1.8: schemaVersion 16")
                .isEqualTo(16);
        assertThat(form.path("id").asText()).isEqualTo(id);
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");

        Map<String, JsonNode> fields = fields(form);
        assertThat(fields.keySet()).as("variables the form shows or submits")
                .containsExactlyInAnyOrder(keys.split(" "));
        List<String> mustBeRequired = Arrays.asList(required.split(" "));
        for (var entry : fields.entrySet()) {
            JsonNode field = entry.getValue();
            assertThat(required(field)).as("%s required in %s", entry.getKey(), file)
                    .isEqualTo(mustBeRequired.contains(entry.getKey()));
            assertThat(field.path("id").asText()).as("id of %s", entry.getKey()).isEqualTo("Field_" + entry.getKey());
            assertThat(displayOnly(field)).as("%s is shown, not asked, in %s", entry.getKey(), file)
                    .isEqualTo(!mustBeRequired.contains(entry.getKey()));
            if (field.path("type").asText().equals("radio")) {
                field.path("values").forEach(v -> assertThat(v.path("value").isTextual())
                        .as("radio %s sends text", entry.getKey()).isTrue());
            }
        }

        Set<String> ids = new HashSet<>();
        for (JsonNode c : components(form)) {
            String cid = c.path("id").asText();
            assertThat(cid).as("component id in %s", file).matches(MEANINGFUL_ID);
            assertThat(ids.add(cid)).as("id %s unique in %s", cid, file).isTrue();
        }
    }

    static List<String> forms() {
        return FORMS;
    }

    static List<String> taskForms() {
        return TASK_FORMS;
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everythingTheUserReadsIsIndonesian(String file) throws IOException {
        assertNoneOf(ENGLISH_HERE, file, userTexts(load(file)));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyExpressionIsFeelThatEvaluatesWithNoVariablesSet(String file) throws IOException {
        for (String expression : expressions(load(file))) {
            // a task opened before the process has set a context variable must still show its form
            feel(expression, vars());
        }
    }

    @ParameterizedTest
    @MethodSource("taskForms")
    void everyTaskShowsTheCandidateTheKindOfPromotionAndItsTarget(String file) throws IOException {
        JsonNode context = byId(load(file), "Text_konteks");
        assertThat(hide(context)).isEmpty();
        for (int i = 0; i < PROMOTION_TYPES.size(); i++) {
            String shown = render(context, vars("candidateName", "Siti Aminah", "nip", "198501012010012001",
                    "promotionType", PROMOTION_TYPES.get(i), "targetRank", "III/c", "targetLabel",
                    "Penata (III/c)", "nominatorNip", "197001011995031001"));
            assertThat(shown).startsWith("### ").contains("**Calon:** Siti Aminah (NIP 198501012010012001)",
                    "**Jenis usulan:** " + PROMOTION_TYPE_LABELS.get(i), "**Tujuan usulan:** Penata (III/c)");
        }
        // without the ready label the raw target is still shown; without anything, a dash
        assertThat(render(context, vars("targetRank", "IV/a"))).contains("**Tujuan usulan:** golongan IV/a");
        assertThat(render(context, vars("targetPosition", "ADMINISTRATOR")))
                .contains("**Tujuan usulan:** jabatan administrator");
        assertThat(render(context, vars())).contains("**Calon:** - (NIP -)", "**Jenis usulan:** -",
                "**Tujuan usulan:** -").doesNotContain("null");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // promotion-nomination

    @Test
    void nominationValidatesTheNipAndAsksForTheTargetOfItsType() throws IOException {
        JsonNode form = load("promotion-nomination.form");
        Map<String, JsonNode> fields = fields(form);

        JsonNode nip = fields.get("nip");
        assertThat(List.of("198501012010011001", "199912312024122999")).allMatch(n -> matches(nip, n));
        assertThat(List.of("19850101201001100", "1985010120100110011", "19850101 201001100", "19850101201001100x", ""))
                .noneMatch(n -> matches(nip, n));

        JsonNode type = fields.get("promotionType");
        assertThat(type.path("type").asText()).isEqualTo("select");
        assertThat(values(type)).containsExactlyElementsOf(PROMOTION_TYPES);
        assertThat(valueLabels(type)).containsExactlyElementsOf(PROMOTION_TYPE_LABELS);

        // form-js neither validates nor submits a hidden field, so "required" means "required when shown"
        JsonNode rank = fields.get("targetRank");
        JsonNode position = fields.get("targetPosition");
        assertThat(hidden(rank, vars())).as("no type chosen yet").isTrue();
        assertThat(hidden(position, vars())).isTrue();
        for (String kp : List.of("KP_REGULER", "KP_PILIHAN")) {
            assertThat(hidden(rank, vars("promotionType", kp))).as(kp).isFalse();
            assertThat(hidden(position, vars("promotionType", kp))).as(kp).isTrue();
        }
        assertThat(hidden(rank, vars("promotionType", "JABATAN"))).isTrue();
        assertThat(hidden(position, vars("promotionType", "JABATAN"))).isFalse();

        assertThat(rank.path("type").asText()).isEqualTo("textfield");
        assertThat(rank.path("description").asText()).isEqualTo("Golongan tujuan, mis. III/c");
        // the ranks of Golongan: I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e
        assertThat(List.of("I/b", "II/a", "II/d", "III/a", "III/c", "III/d", "IV/a", "IV/e"))
                .allMatch(r -> matches(rank, r));
        assertThat(List.of("III/e", "II/e", "V/a", "IIII/a", "III/C", "iii/c", "III-c", "IIIc", "III/c ", "3/c", ""))
                .noneMatch(r -> matches(rank, r));

        assertThat(position.path("type").asText()).isEqualTo("select");
        assertThat(values(position)).containsExactly("PENGAWAS", "ADMINISTRATOR");
        assertThat(valueLabels(position)).containsExactly("Pengawas", "Administrator");

        assertThat(fields.get("nominationReason").path("type").asText()).isEqualTo("textarea");
        assertThat(byId(form, "Text_pengantar").path("text").asText())
                .contains("memeriksa persyaratan secara otomatis", "Tim Penilai Kinerja");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // verify-documents, fix-nomination

    @Test
    void verificationShowsTheEligibilityAndAlwaysAsksForANote() throws IOException {
        JsonNode form = load("verify-documents.form");
        Map<String, JsonNode> fields = fields(form);

        JsonNode verified = fields.get("verified");
        assertThat(verified.path("type").asText()).isEqualTo("radio");
        assertThat(values(verified)).containsExactly("true", "false");
        assertThat(valueLabels(verified))
                .containsExactly("Berkas lengkap dan sah", "Berkas belum lengkap: kembalikan ke pengusul");

        JsonNode verificationNote = fields.get("verificationNote");
        assertThat(verificationNote.path("type").asText()).isEqualTo("textarea");
        assertThat(verificationNote.path("label").asText()).isEqualTo("Catatan verifikasi");
        assertThat(hide(verificationNote)).as("validate.required is static: the note is always shown").isEmpty();

        JsonNode returned = byId(form, "Text_dikembalikan");
        assertThat(hidden(returned, vars())).isTrue();
        assertThat(hidden(returned, vars("verified", "true"))).isTrue();
        assertThat(hidden(returned, vars("verified", "false"))).isFalse();

        assertEligibilitySummaryShown(form);
        assertThat(hidden(fields.get("fixNote"), vars())).as("first verification").isTrue();
        assertThat(hidden(fields.get("fixNote"), vars("fixNote", "Ijazah S1 dilegalisasi"))).isFalse();
    }

    static void assertEligibilitySummaryShown(JsonNode form) {
        JsonNode summary = byId(form, "Text_kelayakan");
        String markdown = "| Kriteria | Nilai | Syarat | Hasil |\n|---|---|---|---|\n"
                + "| Masa kerja | 4 tahun | 4 tahun | Memenuhi |";
        assertThat(hidden(summary, vars())).isTrue();
        assertThat(hidden(summary, vars("eligibilitySummary", ""))).isTrue();
        assertThat(hidden(summary, vars("eligibilitySummary", markdown))).isFalse();
        assertThat(render(summary, vars("eligibilitySummary", markdown)))
                .isEqualTo("#### Hasil Pemeriksaan Persyaratan\n" + markdown);
    }

    @Test
    void nominatorSeesTheVerificationNoteAndCorrectsTheReason() throws IOException {
        Map<String, JsonNode> fields = fields(load("fix-nomination.form"));
        assertThat(fields.get("verificationNote").path("readonly").asBoolean()).isTrue();
        JsonNode reason = fields.get("nominationReason");
        assertThat(reason.path("type").asText()).isEqualTo("textarea");
        assertThat(displayOnly(reason)).as("prefilled with the first reason, and editable").isFalse();
        assertThat(reason.has("defaultValue")).as("the process variable fills it, not a default").isFalse();
        assertThat(fields.get("fixNote").path("label").asText()).isEqualTo("Perbaikan yang telah dilakukan");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // tpk-vote

    @Test
    void tpkMemberVotesWithAReasonAndIsToldAboutTheExcludedMembers() throws IOException {
        JsonNode form = load("tpk-vote.form");
        Map<String, JsonNode> fields = fields(form);

        JsonNode vote = fields.get("vote");
        assertThat(vote.path("type").asText()).isEqualTo("radio");
        assertThat(values(vote)).containsExactly("APPROVE", "REJECT");
        assertThat(valueLabels(vote)).containsExactly("Setuju", "Tidak setuju");
        assertThat(fields.get("voteReason").path("label").asText())
                .isEqualTo("Alasan suara Anda (akan diumumkan tanpa nama)");

        // the votes run in parallel: the form submits the member's vote only, never a case variable
        assertThat(fields.get("nominationReason").path("disabled").asBoolean()).isTrue();
        assertThat(fields.entrySet().stream().filter(e -> !e.getValue().path("disabled").asBoolean(false))
                .map(Map.Entry::getKey)).containsExactlyInAnyOrder("vote", "voteReason");

        assertThat(byId(form, "Text_benturanKepentingan").path("text").asText()).contains("benturan kepentingan",
                "calon sendiri", "pengusul", "pejabat penilai kinerja calon", "atasan pejabat penilai kinerja calon",
                "dikecualikan secara otomatis");
        assertEligibilitySummaryShown(form);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // sekda-recommendation, ppk-decision

    @ParameterizedTest
    @CsvSource({"sekda-recommendation.form", "ppk-decision.form"})
    void minutesAndVoteSummaryAreShownWhenTheTpkHasMet(String file) throws IOException {
        JsonNode form = load(file);
        for (String[] text : List.of(
                new String[] {"Text_beritaAcara", "minutes", "#### Berita Acara Sidang Tim Penilai Kinerja"},
                new String[] {"Text_rekapSuara", "voteSummary", "#### Rekapitulasi Suara"})) {
            JsonNode component = byId(form, text[0]);
            assertThat(hidden(component, vars())).as(text[0]).isTrue();
            assertThat(hidden(component, vars(text[1], ""))).as(text[0]).isTrue();
            String markdown = "- Setuju: 3\n- Tidak setuju: 2";
            assertThat(hidden(component, vars(text[1], markdown))).as(text[0]).isFalse();
            assertThat(render(component, vars(text[1], markdown))).isEqualTo(text[2] + "\n" + markdown);
        }
    }

    @Test
    void sekdaRecommendsWithANote() throws IOException {
        Map<String, JsonNode> fields = fields(load("sekda-recommendation.form"));
        JsonNode recommended = fields.get("recommended");
        assertThat(values(recommended)).containsExactly("true", "false");
        assertThat(valueLabels(recommended)).containsExactly("Direkomendasikan", "Tidak direkomendasikan");
        assertThat(fields.get("recommendationNote").path("type").asText()).isEqualTo("textarea");
    }

    @Test
    void ppkSeesTheRecommendationAndAnySustainedObjection() throws IOException {
        JsonNode form = load("ppk-decision.form");
        Map<String, JsonNode> fields = fields(form);

        JsonNode approved = fields.get("approved");
        assertThat(values(approved)).containsExactly("true", "false");
        assertThat(valueLabels(approved)).containsExactly("Disetujui", "Ditolak");
        assertThat(fields.get("decisionNote").path("label").asText())
                .isEqualTo("Alasan keputusan (diumumkan di papan transparansi)");

        // the server stores the recommendation as a boolean; a value left as text reads the same
        JsonNode recommendation = byId(form, "Text_rekomendasi");
        for (Object yes : List.of(true, "true")) {
            assertThat(render(recommendation, vars("recommended", yes))).endsWith("**Rekomendasi:** Direkomendasikan");
        }
        for (Object no : List.of(false, "false")) {
            assertThat(render(recommendation, vars("recommended", no)))
                    .endsWith("**Rekomendasi:** Tidak direkomendasikan");
        }
        assertThat(render(recommendation, vars())).endsWith("**Rekomendasi:** -");
        assertThat(fields.get("recommendationNote").path("readonly").asBoolean()).isTrue();

        Map<String, Object> firstDecision = vars();
        Map<String, Object> afterObjection = vars("objectionReason", "Masa kerja calon belum 4 tahun",
                "objectionReviewNote", "Sanggahan terbukti", "objectionOutcome", "SUSTAINED");
        for (JsonNode c : List.of(byId(form, "Text_sanggahan"), fields.get("objectionReason"),
                fields.get("objectionReviewNote"))) {
            assertThat(hidden(c, firstDecision)).as(c.path("id").asText()).isTrue();
            assertThat(hidden(c, afterObjection)).as(c.path("id").asText()).isFalse();
            assertThat(displayOnly(c) || c.path("type").asText().equals("text")).isTrue();
        }
        assertThat(hidden(byId(form, "Text_sanggahan"), vars("objectionOutcome", "DISMISSED"))).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // review-objection, issue-decree

    @Test
    void bkpsdmDismissesOrSustainsTheObjection() throws IOException {
        JsonNode form = load("review-objection.form");
        Map<String, JsonNode> fields = fields(form);
        JsonNode outcome = fields.get("objectionOutcome");
        assertThat(outcome.path("type").asText()).isEqualTo("radio");
        assertThat(values(outcome)).containsExactly("DISMISSED", "SUSTAINED");
        assertThat(valueLabels(outcome))
                .containsExactly("Sanggahan ditolak: keputusan tetap", "Sanggahan diterima: dikembalikan ke PPK");
        assertThat(fields.get("objectionReason").path("readonly").asBoolean()).isTrue();
        assertThat(hide(fields.get("objectionReason"))).as("the objection is what is reviewed").isEmpty();
        assertThat(render(byId(form, "Text_konteks"), vars("objectionWindowEnds", "2026-11-29")))
                .contains("**Masa sanggah berakhir:** 2026-11-29");
    }

    @Test
    void decreeRecordsTheSkNumberAndDate() throws IOException {
        JsonNode form = load("issue-decree.form");
        Map<String, JsonNode> fields = fields(form);
        assertThat(fields.get("skNumber").path("type").asText()).isEqualTo("textfield");
        assertThat(fields.get("skNumber").path("label").asText()).isEqualTo("Nomor SK");

        JsonNode date = fields.get("skDate");
        assertThat(date.path("type").asText()).isEqualTo("datetime");
        assertThat(date.path("subtype").asText()).as("form-js sends a date as YYYY-MM-DD text").isEqualTo("date");
        assertThat(date.path("dateLabel").asText()).isEqualTo("Tanggal SK");

        assertThat(byId(form, "Text_pemutakhiran").path("text").asText())
                .contains("pangkat/golongan atau jabatan pegawai", "TMT", "diperbarui secara otomatis");
    }
}
