package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.integrity.ForbiddenModels;
import id.jenjang.integrity.ForbiddenModels.Model;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The deployment check without an engine: every shipped model passes, every forbidden construct is refused. */
class DeploymentCheckTest {

    @Test
    void everyShippedModelAndFormPassesTheCheck() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : new String[] {"processes", "forms"}) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                paths.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThat(DeploymentCheck.check(file.getFileName().toString(), Files.readAllBytes(file)))
                    .as(file.toString()).isEmpty();
        }
    }

    @Test
    void theAllowedAttackModelPasses() {
        assertThat(DeploymentCheck.check(ForbiddenModels.ALLOWED.resource(), ForbiddenModels.ALLOWED.content()))
                .isEmpty();
    }

    static Stream<Model> forbidden() throws IllegalAccessException {
        List<Model> models = new ArrayList<>();
        for (Field field : ForbiddenModels.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Model.class
                    && !field.getName().equals("ALLOWED")) {
                models.add((Model) field.get(null));
            }
        }
        return models.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void everyForbiddenConstructIsRefusedNamingItsElement(Model model) {
        List<DeploymentCheck.Refusal> refusals = DeploymentCheck.check(model.resource(), model.content());
        assertThat(refusals).as(model.resource()).isNotEmpty();
        assertThat(refusals).extracting(DeploymentCheck.Refusal::elementId).contains(model.elementId());
        assertThat(refusals).allSatisfy(r -> assertThat(r.reason()).matches(".*\\b(tidak|bukan|hanya)\\b.*"));
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        List<DeploymentCheck.Refusal> refusals = DeploymentCheck.check(ForbiddenModels.EXTERNAL_ENTITY.resource(),
                ForbiddenModels.EXTERNAL_ENTITY.content());
        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("DOCTYPE");
            assertThat(r.text()).doesNotContain("root:");
        });
    }

    @Test
    void aFormMustBeACamundaFormAndAnImageAnImage() {
        assertThat(DeploymentCheck.check("x.form", "{\"components\": []}".getBytes())).isEmpty();
        assertThat(DeploymentCheck.check("x.form", "<html><script/></html>".getBytes())).isNotEmpty();
        assertThat(DeploymentCheck.check("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})).isEmpty();
        assertThat(DeploymentCheck.check("x.png", "<svg/>".getBytes())).isNotEmpty();
        assertThat(DeploymentCheck.check("x.html", "<p/>".getBytes())).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("jenis berkas tidak diizinkan"));
    }
}
