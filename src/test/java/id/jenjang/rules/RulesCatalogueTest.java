package id.jenjang.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangSpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules catalogue as BKPSDM uses it: which version of each decision judges today, read here straight from
 * the engine's decision table and rule_validity (not through RulesInForce); recording a validity start for a
 * version the process owner deployed; and every way that recording is refused, with nothing written.
 */
@JenjangSpringTest
class RulesCatalogueTest {

    static final String HR = AppraisalFixture.HR;
    static final String EMPLOYEE = "200107022024012202";
    static final String TAG = "UJI-KATALOG-2099";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    Clock clock;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTestVersions() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        deployments.clear();
        jdbc.sql("DELETE FROM rule_validity WHERE version_tag LIKE 'UJI-%'").update();
    }

    @Test
    void bkpsdmSeesForEveryDeployedDecisionTheVersionThatJudgesTodayWithItsSourceAndDate() throws Exception {
        LocalDate today = LocalDate.now(clock);
        JsonNode answer = ok(api().get("/api/rules", HR));

        assertThat(answer.get("date").asText()).isEqualTo(today.toString());
        Map<String, JsonNode> byKey = new HashMap<>();
        answer.get("decisions").forEach(d -> byKey.put(d.get("decisionKey").asText(), d));
        assertThat(byKey).containsKeys("predikat-kinerja", "distribution-curve", "promotion-eligibility");
        for (Map.Entry<String, Integer> expected : inForceFromTables(today).entrySet()) {
            JsonNode decision = byKey.get(expected.getKey());
            assertThat(decision.get("versionInForce").asInt()).as(expected.getKey()).isEqualTo(expected.getValue());
            List<String> inForce = new ArrayList<>();
            decision.get("versions").forEach(v -> {
                if (v.get("state").asText().equals("IN_FORCE")) {
                    inForce.add(v.get("version").asText());
                    assertThat(v.get("source").asText()).isNotBlank();
                    assertThat(LocalDate.parse(v.get("validFrom").asText())).isBeforeOrEqualTo(today);
                }
            });
            assertThat(inForce).as(expected.getKey()).containsExactly(String.valueOf(expected.getValue()));
        }
        JsonNode eligibility = byKey.get("promotion-eligibility").get("versions");
        assertThat(eligibility.findValuesAsText("versionTag")).contains("PerBKN-2-2025");
    }

    @Test
    void bkpsdmRecordsTheStartOfADeployedVersionWhichIsScheduledAndLeavesTodaysVersionAsItIs() throws Exception {
        int before = inForceFromTables(LocalDate.now(clock)).get("distribution-curve");
        int deployed = deployCurve(TAG);

        ResponseEntity<String> recorded = api().postJson("/api/rules/validity", HR, body("distribution-curve", TAG,
                "2099-01-01", "Uji: SE MenPANRB fiktif untuk 2099"));

        assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT recorded_by FROM rule_validity WHERE version_tag = ?").param(TAG)
                .query(String.class).single()).isEqualTo(HR);
        JsonNode curve = decision(ok(api().get("/api/rules", HR)), "distribution-curve");
        assertThat(curve.get("versionInForce").asInt()).isEqualTo(before);
        assertThat(state(curve, deployed)).isEqualTo("SCHEDULED");
        JsonNode in2099 = decision(ok(api().get("/api/rules?date=2099-06-01", HR)), "distribution-curve");
        assertThat(in2099.get("versionInForce").asInt()).isEqualTo(deployed);
        assertThat(state(in2099, before)).isEqualTo("SUPERSEDED");

        ResponseEntity<String> again = api().postJson("/api/rules/validity", HR, body("distribution-curve", TAG,
                "2099-02-01", "Uji: tanggal lain"));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(message(again)).startsWith("versionTag: ").contains("sudah tercatat");
        assertThat(jdbc.sql("SELECT valid_from FROM rule_validity WHERE version_tag = ?").param(TAG)
                .query(java.sql.Date.class).single().toLocalDate()).isEqualTo(LocalDate.of(2099, 1, 1));
    }

    @Test
    void aDeployedButUndatedVersionIsListedAsUndatedAndNeverJudges() throws Exception {
        int deployed = deployCurve(TAG);

        JsonNode curve = decision(ok(api().get("/api/rules?date=2099-06-01", HR)), "distribution-curve");

        assertThat(state(curve, deployed)).isEqualTo("UNDATED");
        assertThat(curve.get("versionInForce").asInt()).isNotEqualTo(deployed);
    }

    @Test
    void everyRefusedRecordingNamesTheFieldInIndonesianAndWritesNothing() throws Exception {
        deployCurve(TAG);
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        Map<String, String[]> attempts = new java.util.LinkedHashMap<>();
        attempts.put("validFrom", new String[] {"distribution-curve", TAG, yesterday, "mundur"});
        attempts.put("decisionKey", new String[] {"tidak-ada", TAG, "2099-01-01", "x"});
        attempts.put("versionTag", new String[] {"distribution-curve", "UJI-TIDAK-DIDEPLOY", "2099-01-01", "x"});
        attempts.put("source", new String[] {"distribution-curve", TAG, "2099-01-01", " "});
        Map<String, String[]> hostile = new java.util.LinkedHashMap<>();
        hostile.put("validFrom", new String[] {"distribution-curve", TAG, "2099-01-01'; DROP TABLE rule_validity;--",
            "x"});
        hostile.put("decisionKey", new String[] {"distribution-curve' OR '1'='1", TAG, "2099-01-01", "x"});
        hostile.put("source", new String[] {"distribution-curve", TAG, "2099-01-01", "a".repeat(1001)});
        List<Map.Entry<String, String[]>> all = new ArrayList<>(attempts.entrySet());
        all.addAll(hostile.entrySet());
        all.add(Map.entry("source", new String[] {"distribution-curve", TAG, "2099-01-01", "sah\u0000bukan"}));
        long rows = count();

        for (Map.Entry<String, String[]> attempt : all) {
            String[] v = attempt.getValue();
            ResponseEntity<String> answer = api().postJson("/api/rules/validity", HR, body(v[0], v[1], v[2], v[3]));
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
            JsonNode refusal = json.readTree(answer.getBody());
            assertThat(refusal.get("field").asText()).isEqualTo(attempt.getKey());
            assertThat(refusal.get("message").asText()).startsWith(attempt.getKey() + ": ")
                    .containsAnyOf("wajib", "tidak", "sudah lewat", "paling banyak", "karakter kendali",
                            "belum ada versi");
        }
        assertThat(count()).isEqualTo(rows);
    }

    @Test
    void onlyBkpsdmMayReadOrRecordRuleValidity() throws Exception {
        deployCurve(TAG);
        long rows = count();

        ResponseEntity<String> list = api().get("/api/rules", EMPLOYEE);
        ResponseEntity<String> post = api().postJson("/api/rules/validity", EMPLOYEE,
                body("distribution-curve", TAG, "2099-01-01", "pegawai mencoba"));
        ResponseEntity<String> anonymous = api().get("/api/rules");

        assertThat(list.getStatusCode().value()).isEqualTo(403);
        assertThat(message(list)).contains("BKPSDM");
        assertThat(post.getStatusCode().value()).isEqualTo(403);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(count()).isEqualTo(rows);
    }

    @Test
    void whoeverDeployedAVersionCannotAlsoDateItEvenHoldingBothRoles() throws Exception {
        identityService.setAuthentication(HR, List.of("bkpsdm", "process-owner"));
        try {
            deployCurve(TAG);
        } finally {
            identityService.clearAuthentication();
        }
        long rows = count();

        ResponseEntity<String> answer = api().postJson("/api/rules/validity", HR, body("distribution-curve", TAG,
                "2099-01-01", "deploy dan tanggal oleh orang yang sama"));

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(message(answer)).startsWith("versionTag: ").contains("Anda deploy sendiri");
        assertThat(count()).isEqualTo(rows);
    }

    /** key -> highest deployed version whose tag has a validity start on or before the day, by SQL alone. */
    private Map<String, Integer> inForceFromTables(LocalDate day) {
        Map<String, Integer> inForce = new HashMap<>();
        jdbc.sql("SELECT d.KEY_, MAX(d.VERSION_) FROM ACT_RE_DECISION_DEF d JOIN rule_validity v"
                        + " ON v.decision_key = d.KEY_ AND v.version_tag = d.VERSION_TAG_"
                        + " WHERE v.valid_from <= ? AND d.TENANT_ID_ IS NULL GROUP BY d.KEY_")
                .param(java.sql.Date.valueOf(day))
                .query((rs, n) -> inForce.put(rs.getString(1), rs.getInt(2))).list();
        return inForce;
    }

    /** The real curve file under a test tag: a new version the engine numbers above the current one. */
    private int deployCurve(String tag) throws Exception {
        String xml = Files.readString(Path.of("processes/distribution-curve.dmn"))
                .replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"" + tag + "\"");
        deployments.add(repository.createDeployment().name("uji-" + tag).addString("distribution-curve.dmn", xml)
                .deploy().getId());
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey("distribution-curve")
                .latestVersion().singleResult().getVersion();
    }

    private String body(String key, String tag, String validFrom, String source) throws Exception {
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("decisionKey", key);
        body.put("versionTag", tag);
        body.put("validFrom", validFrom);
        body.put("source", source);
        return json.writeValueAsString(body);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM rule_validity").query(Long.class).single();
    }

    private JsonNode ok(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static JsonNode decision(JsonNode catalogue, String key) {
        for (JsonNode d : catalogue.get("decisions")) {
            if (d.get("decisionKey").asText().equals(key)) {
                return d;
            }
        }
        throw new AssertionError("no decision " + key + " in " + catalogue);
    }

    private static String state(JsonNode decision, int version) {
        for (JsonNode v : decision.get("versions")) {
            if (v.get("version").asInt() == version) {
                return v.get("state").asText();
            }
        }
        throw new AssertionError("no version " + version + " in " + decision);
    }

    private String message(ResponseEntity<String> answer) throws Exception {
        return json.readTree(answer.getBody()).get("message").asText();
    }

    private Api api() {
        return new Api(rest);
    }
}
