package id.jenjang.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.jenjang.appraisal.AppraisalSettings;
import id.jenjang.process.FormValidation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The rule values that used to be Java constants, read from application.yaml and its environment variables
 * (docs/operations.md): the shipped defaults are the legal ones, a variable changes them, a wrong value stops
 * the start, and the HR decision follows the configured number of extensions.
 */
class CoachingRuleSettingsTest {

    @Test
    void theShippedConfigurationCarriesTheLegalValues() throws IOException {
        Binder binder = binder(Map.of());
        CoachingSettings coaching = binder.bind("jenjang.coaching", CoachingSettings.class).get();
        assertThat(coaching.durationMonths()).as("PP 30/2019 Pasal 56").isEqualTo(6);
        assertThat(coaching.sessionInterval()).isEqualTo("P1M");
        assertThat(coaching.maxExtensions()).isEqualTo(1);
        AppraisalSettings appraisal = binder.bind("jenjang.appraisal", AppraisalSettings.class).get();
        assertThat(appraisal.objectionWindow()).as("PP 30/2019 Pasal 59").isEqualTo("P14D");
        assertThat(appraisal.selfAssessmentDue()).isEqualTo("P7D");
        assertThat(appraisal.ratingDue()).isEqualTo("P7D");
        assertThat(binder.bind("jenjang.promotion.step-sla", String.class).get()).isEqualTo("P5D");
        assertThat(binder.bind("jenjang.promotion.tpk.min-voters", Integer.class).get()).isEqualTo(3);
        assertThat(binder.bind("jenjang.promotion.tpk.odd-count", Boolean.class).get()).isTrue();
    }

    @Test
    void environmentVariablesChangeEveryRuleValue() throws IOException {
        Binder binder = binder(Map.of("JENJANG_COACHING_DURATION_MONTHS", "3", "JENJANG_COACHING_SESSION_INTERVAL",
                "P2W", "JENJANG_COACHING_MAX_EXTENSIONS", "2", "JENJANG_APPRAISAL_SELF_ASSESSMENT_DUE", "P3D",
                "JENJANG_APPRAISAL_RATING_DUE", "P10D", "JENJANG_PROMOTION_STEP_SLA", "P3D",
                "JENJANG_TPK_MIN_VOTERS", "5", "JENJANG_TPK_ODD_COUNT", "false"));
        CoachingSettings coaching = binder.bind("jenjang.coaching", CoachingSettings.class).get();
        assertThat(List.of(coaching.durationMonths(), coaching.sessionInterval(), coaching.maxExtensions()))
                .containsExactly(3, "P2W", 2);
        AppraisalSettings appraisal = binder.bind("jenjang.appraisal", AppraisalSettings.class).get();
        assertThat(List.of(appraisal.selfAssessmentDue(), appraisal.ratingDue())).containsExactly("P3D", "P10D");
        assertThat(binder.bind("jenjang.promotion.step-sla", String.class).get()).isEqualTo("P3D");
        assertThat(binder.bind("jenjang.promotion.tpk.min-voters", Integer.class).get()).isEqualTo(5);
        assertThat(binder.bind("jenjang.promotion.tpk.odd-count", Boolean.class).get()).isFalse();
    }

    @Test
    void aWrongRuleValueStopsTheStart() {
        assertThatThrownBy(() -> new CoachingSettings("P7D", "P7D", 0, "P1M", 1))
                .hasMessageContaining("duration-months");
        assertThatThrownBy(() -> new CoachingSettings("P7D", "P7D", 13, "P1M", 1))
                .hasMessageContaining("duration-months");
        assertThatThrownBy(() -> new CoachingSettings("P7D", "P7D", 6, "sebulan", 1))
                .hasMessageContaining("session-interval");
        assertThatThrownBy(() -> new CoachingSettings("P7D", "P7D", 6, "P1M", -1))
                .hasMessageContaining("max-extensions");
        assertThatThrownBy(() -> new AppraisalSettings(125, 2, "P14D", "PT1H", "P1D", "7 hari", "P7D"))
                .hasMessageContaining("self-assessment-due");
        assertThatThrownBy(() -> new AppraisalSettings(125, 2, "P14D", "PT1H", "P1D", "P7D", ""))
                .hasMessageContaining("rating-due");
    }

    @Test
    void hrMayExtendAsOftenAsTheConfigurationAllowsAndNoMore() {
        assertThat(decideExtension(2, "1")).as("second extension under a maximum of two").isNull();
        assertThat(decideExtension(1, "1")).contains("satu kali");
        assertThat(decideExtension(2, "2")).contains("2 kali");
        assertThat(decideExtension(0, "0")).as("no extension at all").isNotNull();
        assertThat(decideExtension(1, "0")).isNull();
    }

    /** The refusal's message, or null when the extension is accepted. */
    private static String decideExtension(int maxExtensions, String usedOnRecord) {
        CoachingRepository cases = mock(CoachingRepository.class);
        when(cases.column("198501012010011001:2026-Q1", "extensions_used")).thenReturn(usedOnRecord);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn("198501012010011001:2026-Q1");
        when(execution.getVariable("hrDecision")).thenReturn("EXTEND_COACHING");
        when(execution.getVariable("hrNote")).thenReturn("Ada kemajuan, beri satu periode lagi");
        var validator = new HrDecisionValidator(cases, new CoachingSettings("P7D", "P7D", 6, "P1M", maxExtensions));
        try {
            validator.notify(execution);
            return null;
        } catch (FormValidation e) {
            return e.getMessage();
        }
    }

    private static Binder binder(Map<String, Object> environment) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("environment", environment));
        for (PropertySource<?> yaml : new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yaml"))) {
            sources.addLast(yaml);
        }
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
    }
}
