package id.jenjang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Labels in the models must not state a number the configuration can change: a timer whose duration comes
 * from application.yaml named "14 hari" would lie to the reader the day an agency sets another value.
 */
class ModelLabelsTest {

    /** A count of days, weeks or months, or a day of the month, as a label would state it. */
    static final Pattern CONFIGURABLE_NUMBER = Pattern.compile(
            "\\b([0-9]+|satu|dua|tiga|tujuh|empat belas|enam) (hari|minggu|bulan|kali)\\b|\\btanggal [0-9]+\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");

    @Test
    void noBpmnElementNamesANumberTheConfigurationSets() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher name = NAME.matcher(Files.readString(bpmn));
                while (name.find()) {
                    if (CONFIGURABLE_NUMBER.matcher(name.group(1)).find()) {
                        found.add(bpmn.getFileName() + ": " + name.group(1));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theReviewAndHrDecisionFormsStateNoConfiguredWindowOrExtensionCount() throws IOException {
        for (String form : List.of("review-result.form", "hr-decision.form", "coaching-start.form")) {
            String text = Files.readString(Path.of("forms", form));
            // the law's "paling lama satu tahun" (PP 30/2019 Pasal 57-58) and the start form's choice labels
            // ("Setiap 2 minggu": the value chosen, not a configured one) are no configured numbers
            String configurable = text.replace("paling lama satu tahun", "").replace("paling lama 12 bulan", "")
                    .replaceAll("\"label\": \"Setiap [^\"]*\"", "");
            assertThat(CONFIGURABLE_NUMBER.matcher(configurable).results().map(Object::toString).toList())
                    .as(form).isEmpty();
        }
    }

    @Test
    void thePatternFindsWhatItIsFor() {
        assertThat(CONFIGURABLE_NUMBER.matcher("14 hari tanpa jawaban").find()).isTrue();
        assertThat(CONFIGURABLE_NUMBER.matcher("Tanggal 1 setiap bulan").find()).isTrue();
        assertThat(CONFIGURABLE_NUMBER.matcher("Perpanjang pembinaan satu kali").find()).isTrue();
        assertThat(CONFIGURABLE_NUMBER.matcher("Batas waktu keberatan lewat tanpa jawaban").find()).isFalse();
    }
}
