package id.jenjang.coaching;

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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Camunda Forms of performance-coaching (forms/*.form, on the classpath under forms/), read as Tasklist's form-js
 * 1.8 viewer reads them: schema version, form ids, the variable keys of the process contract, required fields, no
 * English left for the user, and the FEEL the forms carry (hide conditions, the options of the BKPSDM decision, the
 * {{...}} templates of the context texts) evaluated with the FEEL engine the Camunda engine ships. The browser runs
 * feelin instead; for the comparisons, null checks and if-then-else used here both give the same answers.
 */
class CoachingFormsTest {

    static final List<String> FORMS = List.of("coaching-start.form", "agree-coaching-plan.form", "acknowledge-plan.form",
            "record-coaching-session.form", "coaching-feedback.form", "competency-evaluation.form", "re-evaluate.form",
            "hr-decision.form");
    static final List<String> RATING_VALUES = List.of("DI_ATAS", "SESUAI", "DI_BAWAH");
    static final List<String> ONE_TO_FIVE = List.of("1", "2", "3", "4", "5");
    /** A component kind, an underscore, a camelCase name, optionally numbered (Field_feedback9); never Field_0abc12x. */
    static final Pattern MEANINGFUL_ID = Pattern.compile("(Field|Text|Group|Image|Table|List)_[a-z][a-zA-Z]+[0-9]*");
    /** English a form-js or Modeler default would leave behind (the common words and this domain's). */
    static final List<String> ENGLISH_HERE = Stream.concat(ENGLISH.stream(), Stream.of(
            "coach", "coaching", "feedback", "session", "goals", "progress", "on track", "at risk", "extend",
            "demote", "reassign", "discipline", "strongly", "agree", "disagree", "competency", "mentor name",
            "acknowledge")).toList();

    /**
     * PermenPANRB 6/2022, appendix, Format B.1.8 "Umpan Balik Pelaksanaan Bimbingan Kinerja", the nine criteria in the
     * regulation's order and wording (jdih.menpan.go.id copy of the appendix, page 83).
     */
    static final List<String> B18_STATEMENTS = List.of(
            "Saya merasa diperhatikan dan dipahami",
            "Saya merasa tindakan/langkah yang telah saya lakukan dihargai",
            "Saya merasa dapat dengan bebas mengemukakan pendapat/pemikiran saya",
            "Saya merasa bahwa pandangan yang diberikan berdasarkan data/fakta yang akurat",
            "Saya merasa bahwa pandangan/pendapat yang diberikan kepada saya bersifat positif",
            "Lebih banyak menggunakan metode bertanya dibandingkan menggurui",
            "Saya merasa dibantu dalam mencari solusi dan aksi tindak lanjut",
            "Saya tahu apa yang harus saya lakukan setelah mengikuti kegiatan bimbingan kinerja ini",
            "Saya memahami maksud dan tujuan kegiatan bimbingan kinerja ini");
    /** Format B.1.8 groups its criteria by subject: 3 about the employee, 3 about the leader, 3 about both. */
    static final List<String> B18_SUBJECTS = List.of("Tentang pegawai",
            "Tentang pimpinan/pihak lain yang diberikan penugasan khusus",
            "Tentang pegawai dan pimpinan/pihak lain yang diberikan penugasan khusus");
    /**
     * Format B.1.9 rates "kompetensi pegawai" 1-5 with a reason but, as far as the published text shows, names no fixed
     * list: the project uses the ASN competency standard (PermenPANRB 38/2017): technical, the eight managerial
     * competencies, and the socio-cultural one.
     */
    static final List<String> B19_COMPETENCIES = List.of("Kompetensi teknis bidang tugas", "Integritas", "Kerja sama",
            "Komunikasi", "Orientasi pada hasil", "Pelayanan publik", "Pengembangan diri dan orang lain",
            "Mengelola perubahan", "Pengambilan keputusan", "Perekat bangsa");

    // ---------------------------------------------------------------------------------------------------------------
    // FEEL beyond FormSchemas

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> options(JsonNode field, Map<String, Object> vars) {
        return (List<Map<String, Object>>) feel(field.path("valuesExpression").asText(), vars);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // every form

    @ParameterizedTest(name = "{0} is form {1} with keys {2}, required {3}")
    @CsvSource(delimiter = ';', value = {
            "coaching-start.form; coachingStart; nip period durationMonths sessionInterval coachingReason;"
                    + " nip coachingReason",
            "agree-coaching-plan.form; agreeCoachingPlan; coachingReason coachingGoals developmentActions mentorNip;"
                    + " coachingGoals developmentActions",
            "acknowledge-plan.form; acknowledgePlan; coachingGoals developmentActions planAcknowledged employeeComment;"
                    + " planAcknowledged",
            "record-coaching-session.form; recordCoachingSession; coachingGoals sessionNotes progress;"
                    + " sessionNotes progress",
            "coaching-feedback.form; coachingFeedback; feedback1 feedback2 feedback3 feedback4 feedback5 feedback6"
                    + " feedback7 feedback8 feedback9 feedbackComment; feedback1 feedback2 feedback3 feedback4 feedback5"
                    + " feedback6 feedback7 feedback8 feedback9",
            "competency-evaluation.form; competencyEvaluation; competency1 competency2 competency3 competency4"
                    + " competency5 competency6 competency7 competency8 competency9 competency10 competencyNote;"
                    + " competency1 competency2 competency3 competency4 competency5 competency6 competency7 competency8"
                    + " competency9 competency10",
            "re-evaluate.form; reEvaluate; coachingGoals hasilKerja perilakuKerja reEvaluationNote;"
                    + " hasilKerja perilakuKerja reEvaluationNote",
            "hr-decision.form; hrDecision; reEvaluationNote hrDecision hrNote; hrDecision hrNote"})
    void formHasItsIdKeysAndRequiredFields(String file, String id, String keys, String required) throws IOException {
        JsonNode form = load(file);
        assertThat(form.path("schemaVersion").asInt()).as("Tasklist 7.24 bundles form-js 1.8: schemaVersion 16")
                .isEqualTo(16);
        assertThat(form.path("id").asText()).isEqualTo(id);
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");

        Map<String, JsonNode> fields = fields(form);
        assertThat(fields.keySet()).as("variables the form submits").containsExactlyInAnyOrder(keys.split(" "));
        List<String> mustBeRequired = Arrays.asList(required.split(" "));
        for (var entry : fields.entrySet()) {
            JsonNode field = entry.getValue();
            assertThat(field.path("validate").path("required").asBoolean(false))
                    .as("%s required in %s", entry.getKey(), file).isEqualTo(mustBeRequired.contains(entry.getKey()));
            assertThat(field.path("id").asText()).as("id of %s", entry.getKey()).isEqualTo("Field_" + entry.getKey());
            if (field.path("readonly").asBoolean(false)) {
                assertThat(mustBeRequired).as("%s is shown, not asked", entry.getKey()).doesNotContain(entry.getKey());
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

    @ParameterizedTest
    @MethodSource("forms")
    void everythingTheUserReadsIsIndonesian(String file) throws IOException {
        assertNoneOf(ENGLISH_HERE, file, userTexts(load(file)));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyExpressionIsFeelThatEvaluatesWithNoVariablesSet(String file) throws IOException {
        List<String> expressions = expressions(load(file));
        for (String expression : expressions) {
            // a task opened before the process has set a context variable must still show its form
            feel(expression, vars());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // coaching-start

    @Test
    void startFormValidatesTheNipAndDefaultsToSixMonthsAndMonthlySessions() throws IOException {
        Map<String, JsonNode> fields = fields(load("coaching-start.form"));

        Pattern nip = Pattern.compile(fields.get("nip").path("validate").path("pattern").asText());
        assertThat(List.of("198501012010011001", "199912312024122999")).allMatch(n -> nip.matcher(n).matches());
        assertThat(List.of("19850101201001100", "1985010120100110011", "19850101 201001100", "19850101201001100x", ""))
                .noneMatch(n -> nip.matcher(n).matches());

        JsonNode period = fields.get("period");
        assertThat(period.path("validate").path("required").asBoolean(false)).as("coaching without a period").isFalse();
        Pattern periodPattern = Pattern.compile(period.path("validate").path("pattern").asText());
        assertThat(List.of("2026", "2026-Q1", "2026-Q4")).allMatch(p -> periodPattern.matcher(p).matches());
        assertThat(List.of("2026-Q5", "2026Q4", "26")).noneMatch(p -> periodPattern.matcher(p).matches());

        JsonNode duration = fields.get("durationMonths");
        assertThat(duration.path("type").asText()).isEqualTo("number");
        // empty means jenjang.coaching.duration-months (PP 30/2019 Pasal 56), so a changed configuration applies
        assertThat(duration.has("defaultValue")).isFalse();
        assertThat(duration.path("validate").path("required").asBoolean(false)).isFalse();
        assertThat(duration.path("decimalDigits").asInt(-1)).as("whole months").isZero();
        assertThat(duration.path("validate").path("min").asInt()).isEqualTo(1);
        assertThat(duration.path("validate").path("max").asInt()).isEqualTo(12);

        JsonNode interval = fields.get("sessionInterval");
        assertThat(values(interval)).containsExactly("P2W", "P1M", "P2M");
        assertThat(valueLabels(interval)).containsExactly("Setiap 2 minggu", "Setiap bulan", "Setiap 2 bulan");
        assertThat(interval.has("defaultValue")).isFalse();
        assertThat(interval.path("validate").path("required").asBoolean(false)).isFalse();

        assertThat(fields.get("coachingReason").path("type").asText()).isEqualTo("textarea");
    }

    @ParameterizedTest
    @CsvSource({"agree-coaching-plan.form", "acknowledge-plan.form"})
    void sessionIntervalIsShownWithTheLabelOfTheStartForm(String file) throws IOException {
        JsonNode context = byId(load(file), "Text_konteks");
        JsonNode interval = fields(load("coaching-start.form")).get("sessionInterval");
        for (JsonNode option : interval.path("values")) {
            String shown = render(context, vars("sessionInterval", option.path("value").asText(), "durationMonths", 6));
            assertThat(shown).contains("**Sesi bimbingan:** " + option.path("label").asText().toLowerCase())
                    .contains("**Lama pembinaan:** 6 bulan");
        }
        // an interval set through the REST API that the start form does not offer is shown as it is
        assertThat(render(context, vars("sessionInterval", "P3W"))).contains("**Sesi bimbingan:** P3W");
        assertThat(render(context, vars())).contains("**Sesi bimbingan:** -");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // agree-coaching-plan, acknowledge-plan

    @Test
    void coachSeesTheEmployeeAndAgreesThePlanWithAnOptionalMentor() throws IOException {
        JsonNode form = load("agree-coaching-plan.form");
        Map<String, JsonNode> fields = fields(form);

        String shown = render(byId(form, "Text_konteks"),
                vars("employeeName", "Siti Aminah", "nip", "198501012010012001", "period", "2026-Q4"));
        assertThat(shown).contains("Siti Aminah (NIP 198501012010012001)", "**Periode penilaian:** 2026-Q4");
        assertThat(render(byId(form, "Text_konteks"), vars("period", ""))).contains("**Periode penilaian:** -");

        JsonNode predikat = byId(form, "Text_predikat");
        assertThat(hidden(predikat, vars())).as("started without an appraisal").isTrue();
        assertThat(hidden(predikat, vars("appraisalPredikatLabel", "Butuh Perbaikan"))).isFalse();
        assertThat(render(predikat, vars("appraisalPredikatLabel", "Butuh Perbaikan"))).endsWith("Butuh Perbaikan");

        assertThat(fields.get("coachingReason").path("readonly").asBoolean()).isTrue();
        assertThat(hidden(fields.get("coachingReason"), vars())).as("automatic start has no written reason").isTrue();
        assertThat(hidden(fields.get("coachingReason"), vars("coachingReason", "Target SKP tidak tercapai"))).isFalse();

        JsonNode mentor = fields.get("mentorNip");
        assertThat(mentor.path("validate").path("pattern").asText()).isEqualTo("^[0-9]{18}$");
        assertThat(mentor.path("label").asText()).isEqualTo("NIP mentor (opsional)");
        assertThat(mentor.path("description").asText()).contains("satu unit kerja", "paling rendah Baik");
        for (String key : List.of("coachingGoals", "developmentActions")) {
            assertThat(fields.get(key).path("validate").path("minLength").asInt()).as(key).isEqualTo(10);
        }
    }

    @Test
    void employeeMustTickTheAcknowledgementThemself() throws IOException {
        JsonNode form = load("acknowledge-plan.form");
        Map<String, JsonNode> fields = fields(form);

        JsonNode ack = fields.get("planAcknowledged");
        assertThat(ack.path("type").asText()).isEqualTo("checkbox");
        // form-js 1.8 refuses a required checkbox that is false, so required means "must be ticked"
        assertThat(ack.path("validate").path("required").asBoolean()).isTrue();
        assertThat(ack.path("defaultValue").asBoolean(false)).as("never ticked for the employee").isFalse();
        assertThat(ack.path("label").asText()).isEqualTo("Saya telah membaca dan memahami rencana pembinaan ini");

        for (String key : List.of("coachingGoals", "developmentActions")) {
            assertThat(fields.get(key).path("readonly").asBoolean()).as(key).isTrue();
        }
        JsonNode mentor = byId(form, "Text_mentor");
        assertThat(hidden(mentor, vars())).isTrue();
        assertThat(hidden(mentor, vars("mentorName", ""))).isTrue();
        assertThat(hidden(mentor, vars("mentorName", "Budi Santoso"))).isFalse();
        assertThat(render(mentor, vars("mentorName", "Budi Santoso"))).startsWith("**Mentor:** Budi Santoso");
        assertThat(fields.get("employeeComment").path("type").asText()).isEqualTo("textarea");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // record-coaching-session

    @Test
    void sessionRecordsNotesAndProgressAndAsksForFollowUpWhenBehind() throws IOException {
        JsonNode form = load("record-coaching-session.form");
        Map<String, JsonNode> fields = fields(form);
        assertThat(values(fields.get("progress"))).containsExactly("ON_TRACK", "AT_RISK", "OFF_TRACK");
        assertThat(valueLabels(fields.get("progress")))
                .containsExactly("Sesuai rencana", "Berisiko tidak tercapai", "Tidak sesuai rencana");
        assertThat(render(byId(form, "Text_konteks"), vars("sessionNumber", 3, "employeeName", "Siti Aminah")))
                .startsWith("### Catatan Sesi Bimbingan ke-3").contains("Siti Aminah");
        assertThat(fields.get("coachingGoals").path("readonly").asBoolean()).isTrue();

        JsonNode followUp = byId(form, "Text_tindakLanjut");
        assertThat(hidden(followUp, vars())).isTrue();
        assertThat(hidden(followUp, vars("progress", "ON_TRACK"))).isTrue();
        assertThat(hidden(followUp, vars("progress", "AT_RISK"))).isFalse();
        assertThat(hidden(followUp, vars("progress", "OFF_TRACK"))).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // coaching-feedback (B.1.8), competency-evaluation (B.1.9)

    @Test
    void feedbackAsksTheNineStatementsOfFormatB18InOrderOnAFivePointScale() throws IOException {
        JsonNode form = load("coaching-feedback.form");
        Map<String, JsonNode> fields = fields(form);
        for (int i = 1; i <= 9; i++) {
            JsonNode radio = fields.get("feedback" + i);
            assertThat(radio.path("type").asText()).isEqualTo("radio");
            assertThat(radio.path("label").asText()).isEqualTo(i + ". " + B18_STATEMENTS.get(i - 1));
            assertThat(values(radio)).containsExactlyElementsOf(ONE_TO_FIVE);
            assertThat(valueLabels(radio))
                    .containsExactly("Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju");
        }
        List<JsonNode> groups = components(form).stream().filter(c -> c.path("type").asText().equals("group")).toList();
        assertThat(groups).extracting(g -> g.path("label").asText()).containsExactlyElementsOf(B18_SUBJECTS);
        for (int g = 0; g < 3; g++) {
            int first = 3 * g + 1;
            assertThat(groups.get(g).path("components").findValuesAsText("key"))
                    .containsExactly("feedback" + first, "feedback" + (first + 1), "feedback" + (first + 2));
        }
        assertThat(byId(form, "Text_pengantar").path("text").asText())
                .contains("disusun mengikuti Format B.1.8", "Nomor 6 Tahun 2022");
    }

    @Test
    void competencyEvaluationRatesTheTenCompetenciesOneToFive() throws IOException {
        JsonNode form = load("competency-evaluation.form");
        Map<String, JsonNode> fields = fields(form);
        List<String> keys = IntStream.rangeClosed(1, B19_COMPETENCIES.size()).mapToObj(i -> "competency" + i).toList();
        assertThat(fields.keySet()).containsAll(keys).doesNotContain("competency" + (B19_COMPETENCIES.size() + 1));
        for (int i = 0; i < keys.size(); i++) {
            JsonNode radio = fields.get(keys.get(i));
            assertThat(radio.path("type").asText()).isEqualTo("radio");
            assertThat(radio.path("label").asText()).isEqualTo(B19_COMPETENCIES.get(i));
            assertThat(radio.path("description").asText()).as("what %s means", keys.get(i)).isNotBlank();
            assertThat(values(radio)).containsExactlyElementsOf(ONE_TO_FIVE);
            assertThat(valueLabels(radio)).containsExactly("Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik");
        }
        assertThat(byId(form, "Text_pengantar").path("text").asText())
                .contains("disusun mengikuti Format B.1.9", "Nomor 38 Tahun 2017");
        assertThat(fields.get("competencyNote").path("description").asText()).contains("alasan");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // re-evaluate, hr-decision

    @Test
    void reEvaluationRatesAgainWithTheAppraisalValues() throws IOException {
        JsonNode form = load("re-evaluate.form");
        Map<String, JsonNode> fields = fields(form);
        for (String key : List.of("hasilKerja", "perilakuKerja")) {
            assertThat(values(fields.get(key))).as(key).containsExactlyElementsOf(RATING_VALUES);
            assertThat(valueLabels(fields.get(key))).as(key)
                    .containsExactly("Di atas ekspektasi", "Sesuai ekspektasi", "Di bawah ekspektasi");
        }
        JsonNode context = byId(form, "Text_konteks");
        assertThat(render(context, vars("appraisalPredikatLabel", "Kurang/Misconduct", "sessionCount", 5)))
                .contains("**Predikat kinerja sebelum pembinaan:** Kurang/Misconduct",
                        "**Sesi bimbingan yang telah dilaksanakan:** 5 sesi");
        assertThat(render(context, vars())).contains("**Predikat kinerja sebelum pembinaan:** -",
                "**Sesi bimbingan yang telah dilaksanakan:** 0 sesi");
    }

    @Test
    void hrDecisionOffersTheExtensionAsOftenAsTheConfigurationAllows() throws IOException {
        JsonNode form = load("hr-decision.form");
        JsonNode decision = fields(form).get("hrDecision");
        JsonNode usedUp = byId(form, "Text_perpanjanganHabis");
        Map<String, Object> once = vars("extensionsUsed", 1, "maxExtensions", 2);
        assertThat(options(decision, once)).extracting(o -> o.get("value")).contains("EXTEND_COACHING");
        assertThat(hidden(usedUp, once)).isTrue();
        Map<String, Object> twice = vars("extensionsUsed", 2, "maxExtensions", 2);
        assertThat(options(decision, twice)).extracting(o -> o.get("value")).doesNotContain("EXTEND_COACHING");
        assertThat(hidden(usedUp, twice)).isFalse();
        Map<String, Object> none = vars("extensionsUsed", 0, "maxExtensions", 0);
        assertThat(options(decision, none)).extracting(o -> o.get("value")).doesNotContain("EXTEND_COACHING");
    }

    @Test
    void hrDecisionOffersTheExtensionOnlyOnce() throws IOException {
        JsonNode form = load("hr-decision.form");
        JsonNode decision = fields(form).get("hrDecision");
        JsonNode usedUp = byId(form, "Text_perpanjanganHabis");

        for (Map<String, Object> firstTime : List.of(vars(), vars("extensionsUsed", 0))) {
            List<Map<String, Object>> options = options(decision, firstTime);
            assertThat(options).extracting(o -> o.get("value"))
                    .containsExactly("EXTEND_COACHING", "REASSIGN", "DEMOTE", "REFER_DISCIPLINE");
            assertThat(options).extracting(o -> o.get("label")).containsExactly("Perpanjang pembinaan",
                    "Pindah ke jabatan lain", "Turunkan jabatan", "Teruskan ke pemeriksaan disiplin");
            assertThat(hidden(usedUp, firstTime)).isTrue();
        }
        for (int used : List.of(1, 2)) {
            Map<String, Object> extended = vars("extensionsUsed", used);
            assertThat(options(decision, extended)).extracting(o -> o.get("value"))
                    .containsExactly("REASSIGN", "DEMOTE", "REFER_DISCIPLINE");
            assertThat(hidden(usedUp, extended)).as("says why the extension is gone").isFalse();
        }

        assertThat(render(byId(form, "Text_konteks"),
                vars("reEvaluatedPredikatLabel", "Butuh Perbaikan", "extensionsUsed", 1)))
                .contains("**Predikat kinerja setelah penilaian kembali:** Butuh Perbaikan",
                        "**Perpanjangan pembinaan yang telah diberikan:** 1 kali");
        String law = byId(form, "Text_dasarHukum").path("text").asText();
        assertThat(law).contains("PP Nomor 30 Tahun 2019 Pasal 57–58", "jabatan yang lebih rendah", "jabatan lain",
                "paling lama satu tahun", "langkah terakhir", "di luar sistem ini");
        assertThat(law.replace("**Dasar hukum.** ", "").split("\\. ")).as("one sentence").hasSize(1);
    }
}
