package id.jenjang.appraisal;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda Forms of the appraisal processes (forms/*.form, on the classpath under forms/), read as Tasklist's
 * form-js 1.8 viewer reads them: schema version, form ids the BPMN refers to, the variable keys of the process
 * contract, required fields, the conditions that show or hide fields, and no English left for the user.
 */
class AppraisalFormsTest {

    static final List<String> RATING_VALUES = List.of("DI_ATAS", "SESUAI", "DI_BAWAH");
    static final List<String> NINE_RATINGS = List.of("hasilKerja", "berorientasiPelayanan", "akuntabel", "kompeten",
            "harmonis", "loyal", "adaptif", "kolaboratif", "perilakuKerja");
    /** Ids a human chose: a component kind, an underscore, a camelCase name (never Modeler's Field_0abc12x). */
    static final Pattern MEANINGFUL_ID = Pattern.compile("(Field|Text|Group|Image|Table|List)_[a-z][a-zA-Z]+");

    @ParameterizedTest(name = "{0} is form {1} with keys {2}, required {3}")
    @CsvSource(delimiter = ';', value = {
            "appraisal-cycle-start.form; appraisalCycleStart; period selfAssessmentDue ratingDue unitCode;"
                    + " period",
            "self-assessment.form; selfAssessment; selfAssessment; selfAssessment",
            "rate-employee.form; rateEmployee; selfAssessment hasilKerja berorientasiPelayanan akuntabel kompeten"
                    + " harmonis loyal adaptif kolaboratif perilakuKerja ratingNote; hasilKerja berorientasiPelayanan"
                    + " akuntabel kompeten harmonis loyal adaptif kolaboratif perilakuKerja ratingNote",
            "review-result.form; reviewResult; accepted objectionReason ratingNote calibrationReason curveJustification;"
                    + " objectionReason",
            "decide-objection.form; decideObjection; objectionDecision objectionNote hasilKerja perilakuKerja"
                    + " objectionReason ratingNote curveJustification; objectionDecision objectionNote hasilKerja"
                    + " perilakuKerja",
            // curveJustification is not required by the form: only a departure from the curve needs it
            "calibrate-unit.form; calibrateUnit; organisationRating adjustments.nip adjustments.predikat"
                    + " adjustments.reason curveJustification; organisationRating adjustments.nip adjustments.predikat adjustments.reason"})
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
        for (var entry : fields.entrySet()) {
            boolean mustBeRequired = Arrays.asList(required.split(" ")).contains(entry.getKey());
            assertThat(entry.getValue().path("validate").path("required").asBoolean(false))
                    .as("%s required in %s", entry.getKey(), file).isEqualTo(mustBeRequired);
        }

        Set<String> ids = new HashSet<>();
        for (JsonNode c : components(form)) {
            String cid = c.path("id").asText();
            assertThat(cid).as("component id in %s", file).matches(MEANINGFUL_ID);
            assertThat(ids.add(cid)).as("id %s unique in %s", cid, file).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"appraisal-cycle-start.form", "self-assessment.form", "rate-employee.form",
            "review-result.form", "decide-objection.form", "calibrate-unit.form"})
    void everythingTheUserReadsIsIndonesian(String file) throws IOException {
        assertNoneOf(ENGLISH, file, userTexts(load(file)));
    }

    @Test
    void rateEmployeeAsksForANoteOnlyWhenARatingIsNotSesuai() throws IOException {
        JsonNode form = load("rate-employee.form");
        Map<String, JsonNode> fields = fields(form);
        for (String key : NINE_RATINGS) {
            JsonNode radio = fields.get(key);
            assertThat(radio.path("type").asText()).as(key).isEqualTo("radio");
            assertThat(values(radio)).as(key).containsExactlyElementsOf(RATING_VALUES);
            assertThat(radio.path("values").get(1).path("label").asText()).isEqualTo("Sesuai ekspektasi");
        }
        String noteHidden = hide(fields.get("ratingNote"));
        // hidden while every one of the nine is SESUAI or not chosen yet (null), shown from the first other value
        assertThat(noteHidden).startsWith("=every ").contains("= null", "= \"SESUAI\"");
        NINE_RATINGS.forEach(key -> assertThat(noteHidden).containsPattern("\\b" + key + "\\b"));

        JsonNode group = components(form).stream().filter(c -> c.path("type").asText().equals("group"))
                .findFirst().orElseThrow();
        assertThat(group.path("label").asText()).isEqualTo("Perilaku Kerja — nilai BerAKHLAK");
        assertThat(group.path("components")).hasSize(7);

        assertThat(fields.get("selfAssessment").path("readonly").asBoolean()).isTrue();
        assertThat(hide(fields.get("selfAssessment"))).contains("selfAssessmentMissing = true");
        assertThat(components(form)).anySatisfy(c -> {
            assertThat(c.path("text").asText()).contains("Pegawai tidak mengisi penilaian diri sampai batas waktu");
            assertThat(hide(c)).isEqualTo("=selfAssessmentMissing != true");
        });
    }

    @Test
    void reviewResultShowsTheObjectionOnlyWhenNotAccepted() throws IOException {
        JsonNode form = load("review-result.form");
        Map<String, JsonNode> fields = fields(form);
        assertThat(fields.get("accepted").path("type").asText()).isEqualTo("checkbox");
        assertThat(fields.get("accepted").path("defaultValue").asBoolean(false)).isTrue();
        assertThat(hide(fields.get("objectionReason"))).isEqualTo("=accepted != false");
        assertThat(fields.get("ratingNote").path("readonly").asBoolean()).isTrue();
        assertThat(fields.get("calibrationReason").path("readonly").asBoolean()).isTrue();
        assertThat(hide(fields.get("calibrationReason"))).contains("calibrationReason = null");
        assertThat(fields.get("curveJustification").path("readonly").asBoolean()).isTrue();
        assertThat(hide(fields.get("curveJustification"))).contains("curveJustification = null");
        String context = components(form).get(0).path("text").asText();
        for (Predikat p : Predikat.values()) {
            assertThat(context).as("label of %s", p).contains("predikat = \"" + p + "\" then");
        }
        assertThat(context).contains("\"Kurang/Misconduct\"");
    }

    @Test
    void decideObjectionAsksForNewValuesOnlyWhenUpheld() throws IOException {
        Map<String, JsonNode> fields = fields(load("decide-objection.form"));
        assertThat(values(fields.get("objectionDecision"))).containsExactly("UPHELD", "REJECTED");
        for (String key : List.of("hasilKerja", "perilakuKerja")) {
            assertThat(values(fields.get(key))).containsExactlyElementsOf(RATING_VALUES);
            assertThat(hide(fields.get(key))).isEqualTo("=objectionDecision != \"UPHELD\"");
        }
        assertThat(fields.get("objectionReason").path("readonly").asBoolean()).isTrue();
        assertThat(hide(fields.get("objectionNote"))).isEmpty();
    }

    @Test
    void calibrateUnitShowsTheUnitAndTakesAdjustmentsAsAList() throws IOException {
        JsonNode form = load("calibrate-unit.form");
        Map<String, JsonNode> fields = fields(form);
        assertThat(values(fields.get("organisationRating")))
                .containsExactly("ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG");
        assertThat(values(fields.get("adjustments.predikat")))
                .containsExactlyElementsOf(Arrays.stream(Predikat.values()).map(Enum::name).toList());
        assertThat(fields.get("adjustments.nip").path("validate").path("pattern").asText()).isEqualTo("^[0-9]{18}$");

        List<JsonNode> all = components(form);
        JsonNode list = all.stream().filter(c -> c.path("type").asText().equals("dynamiclist")).findFirst().orElseThrow();
        assertThat(list.path("path").asText()).isEqualTo("adjustments");
        assertThat(list.path("isRepeating").asBoolean()).isTrue();
        assertThat(list.path("allowAddRemove").asBoolean()).isTrue();
        assertThat(list.path("defaultRepetitions").asInt(-1)).as("no adjustment unless BKPSDM adds one").isZero();
        assertThat(all).anySatisfy(c -> {
            assertThat(c.path("type").asText()).isEqualTo("image");
            assertThat(c.path("source").asText()).isEqualTo("=distributionChart");
        });
        assertThat(all).anySatisfy(c -> {
            assertThat(c.path("type").asText()).isEqualTo("table");
            assertThat(c.path("dataSource").asText()).isEqualTo("=unitResults");
            assertThat(c.path("columns").findValuesAsText("key")).containsExactly("nip", "nama", "predikat");
        });
        assertThat(all).anySatisfy(c -> assertThat(c.path("text").asText()).contains("{{curveSummary}}"));
    }

    @Test
    void cycleStartValidatesThePeriodAndLeavesTheDefaultDeadlinesToTheConfiguration() throws IOException {
        Map<String, JsonNode> fields = fields(load("appraisal-cycle-start.form"));
        Pattern period = Pattern.compile(fields.get("period").path("validate").path("pattern").asText());
        assertThat(List.of("2026", "2026-Q1", "2026-Q4")).allMatch(p -> period.matcher(p).matches());
        assertThat(List.of("2026-Q5", "26", "2026Q4", "2026-q1", "")).noneMatch(p -> period.matcher(p).matches());
        for (String key : List.of("selfAssessmentDue", "ratingDue")) {
            assertThat(values(fields.get(key))).containsExactly("P3D", "P7D", "P14D");
            // empty means jenjang.appraisal.*-due: a value fixed in the form would outlive a changed configuration
            assertThat(fields.get(key).has("defaultValue")).as(key).isFalse();
            assertThat(fields.get(key).path("validate").path("required").asBoolean(false)).as(key).isFalse();
            assertThat(fields.get(key).path("description").asText()).as(key).contains("Kosongkan");
        }
    }
}
