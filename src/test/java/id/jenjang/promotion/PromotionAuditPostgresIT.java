package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.rules.DecisionVersion;
import id.jenjang.support.Api;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on PostgreSQL, where it differs from H2: timestamps with time zone read back to the hashed
 * millisecond, JSON text kept byte for byte, and appends to one case serialised under READ COMMITTED.
 * Mail ports of its own (-Dtest.pg-smtp-port, -Dtest.pg-imap-port): its context stays cached beside the H2 one
 * of the browser tests in the same JVM, and two demo mail servers cannot share a port.
 */
@org.junit.jupiter.api.Tag("postgres-context")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${JENJANG_IT_DB_URL:jdbc:postgresql://127.0.0.1:5432/jenjang_it}",
        "spring.datasource.username=${JENJANG_IT_DB_USER:postgres}",
        "spring.datasource.password=",
        "jenjang.demo.enabled=true",
        "jenjang.admin.password=demo",
        "jenjang.demo.smtp-port=${test.pg-smtp-port:23028}",
        "jenjang.demo.imap-port=${test.pg-imap-port:23146}",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${test.pg-smtp-port:23028}",
        "spring.mail.properties.mail.smtp.starttls.enable=false"})
class PromotionAuditPostgresIT {

    @Autowired
    PromotionCaseRepository cases;
    @Autowired
    PromotionAuditLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Clock clock;

    @Test
    void aDecidedCaseVerifiesAfterTheRoundTripAndAChangedReasonIsFound() throws Exception {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        PromotionFixture fixture = new PromotionFixture(cases, log, clock);
        String id = fixture.approvedCase(fixture.logins.employee(), true);
        log.append(id, "OBJECTION", fixture.logins.reviewer(), "FILED", "Keberatan: \"nilai\" ✓ ½ — ulang", null);

        assertThat(log.verify(id).valid()).isTrue();
        assertThat(rest.getForObject("/api/public/promotions/" + id + "/audit", String.class))
                .contains("\"valid\":true");

        jdbc.sql("UPDATE promotion_audit SET reason = 'Berkas lengkap (diubah)' WHERE process_instance_id = ?"
                + " AND seq = 3").param(id).update();
        assertThat(log.verify(id)).extracting(ChainVerification::brokenAtSeq, ChainVerification::problem)
                .containsExactly(3, ChainVerification.Problem.CONTENT_CHANGED);
        assertThat(new Api(rest).get("/transparansi").getBody()).contains("Jejak RUSAK ✗");
    }

    /** The V13 decree columns on PostgreSQL: a version written and read back, and none (a pre-V11 case) as NULL. */
    @Test
    void theDecreeKeepsTheEligibilityVersionItRestsOnAndNoneAsNull() {
        PromotionFixture fixture = new PromotionFixture(cases, log, clock);
        String judged = fixture.approvedCase(fixture.logins.employee(), true);
        String old = fixture.approvedCase(fixture.logins.employee(), true);
        DecisionVersion rule = new DecisionVersion("promotion-eligibility", 3, "PerBKN-2-2025");

        cases.recordDecree(judged, "800/1/BKPSDM/2026", java.time.LocalDate.of(2026, 12, 1), rule);
        cases.recordDecree(old, "800/2/BKPSDM/2026", java.time.LocalDate.of(2026, 12, 1), null);

        assertThat(cases.find(judged).orElseThrow().decreeRule()).isEqualTo(rule);
        assertThat(cases.find(old).orElseThrow().decreeRule()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case WHERE process_instance_id = ?"
                + " AND decree_decision_key IS NULL AND decree_decision_version IS NULL AND decree_version_tag IS NULL")
                .param(old).query(Long.class).single()).isOne();
    }

    @Test
    void concurrentAppendsToOneCaseDoNotForkTheChain() throws Exception {
        PromotionFixture fixture = new PromotionFixture(cases, log, clock);
        String id = fixture.approvedCase(fixture.logins.employee(), false);
        int before = log.entries(id).size();
        int threads = 6;
        int each = 5;
        PromotionFixture.voteConcurrently(transactions, log, id, threads, each);

        assertThat(log.entries(id)).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, before + threads * each).boxed().toList());
        assertThat(log.verify(id).valid()).isTrue();
    }
}
