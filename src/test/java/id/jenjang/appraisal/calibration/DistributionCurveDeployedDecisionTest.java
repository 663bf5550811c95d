package id.jenjang.appraisal.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.appraisal.Predikat;
import id.jenjang.support.JenjangSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The running application reads the curve from the deployed decision, and from its latest version. */
@JenjangSpringTest
class DistributionCurveDeployedDecisionTest {

    // the last day of an annual period judged under the curve version in force then
    static final java.time.LocalDate PERIOD_END = java.time.LocalDate.of(2026, 12, 31);

    @Autowired
    DistributionCurve curve;
    @Autowired
    RepositoryService repository;

    @Test
    void baikHasTwoLimitsFromTheDeployedDecision() {
        assertThat(curve.limits(OrganisationRating.BAIK, PERIOD_END)).extracting(CurveLimit::text).containsExactly(
                "paling banyak 70% Baik", "paling sedikit 1 orang Butuh Perbaikan atau Kurang");
    }

    @Test
    void aRedeployedDecisionAppliesWithoutACodeChange() throws Exception {
        String dmn = new ClassPathResource("processes/distribution-curve.dmn")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("<text>70</text>", "<text>60</text>")
                .replace("paling banyak 70% Sangat Baik", "paling banyak 60% Sangat Baik");
        String deployment = repository.createDeployment().name("test-redeployed-curve")
                .addString("distribution-curve.dmn", dmn).deploy().getId();
        try {
            assertThat(curve.limits(OrganisationRating.ISTIMEWA, PERIOD_END)).singleElement()
                    .satisfies(limit -> assertThat(limit.maxPercent()).isEqualTo(60));
            // 7 of 10 meets the shipped 70% but not the redeployed 60%
            assertThat(curve.check(OrganisationRating.ISTIMEWA, Map.of(Predikat.SANGAT_BAIK, 7, Predikat.BAIK, 3), PERIOD_END)
                    .departs()).isTrue();
        } finally {
            // the context is shared with other test classes: put the shipped curve back
            repository.deleteDeployment(deployment, true);
        }
        assertThat(curve.limits(OrganisationRating.ISTIMEWA, PERIOD_END)).singleElement()
                .satisfies(limit -> assertThat(limit.maxPercent()).isEqualTo(70));
    }
}
