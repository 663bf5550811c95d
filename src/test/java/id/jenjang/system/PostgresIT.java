package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.TestNips;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production-shaped profile on a real PostgreSQL (database jenjang_it, created by .ci/run): Flyway's V1,
 * the engine's schema, the deployment of processes/, the demo seeded through the imports, and an import
 * rejected without a trace, all in PostgreSQL's SQL dialect and transaction semantics.
 */
@org.junit.jupiter.api.Tag("postgres-context")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${JENJANG_IT_DB_URL:jdbc:postgresql://127.0.0.1:5432/jenjang_it}",
        "spring.datasource.username=${JENJANG_IT_DB_USER:postgres}",
        "spring.datasource.password=",
        "jenjang.demo.enabled=true",
        "jenjang.admin.password=demo",
        "jenjang.demo.smtp-port=23026",
        "jenjang.demo.imap-port=23144",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=23026",
        "spring.mail.properties.mail.smtp.starttls.enable=false"})
class PostgresIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Test
    void startsOnPostgresqlWithMigrationsAndDeployedModels() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success")
                .query(Long.class).single()).isOne();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("predikat-kinerja")
                .latestVersion().count()).isOne();
        assertThat(new Api(rest).get("/actuator/health").getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void demoOrganisationIsSeededThroughTheImports() {
        DemoOrganisation.Generated demo = DemoOrganisation.generate(LocalDate.now(clock));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employee WHERE demo").query(Long.class).single())
                .isEqualTo(demo.employees());
        assertThat(identityService.createUserQuery().memberOfGroup("pegawai").count())
                .isGreaterThanOrEqualTo(demo.employees());
        assertThat(new Api(rest).get("/api/employees/" + demo.logins().employee(), demo.logins().supervisor())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void rejectedImportLeavesNothingAndAGoodOneUpserts() throws Exception {
        Api api = new Api(rest);
        String header = "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,"
                + "tmt_golongan,pendidikan,nip_atasan,peran\n";
        String nip = TestNips.nip(701);
        String good = nip + ",Pegawai Postgres,pg@contoh.go.id,TPG,Unit PG,,Analis,PELAKSANA,II/c,2021-01-01,S1,,\n";
        long before = jdbc.sql("SELECT COUNT(*) FROM employee").query(Long.class).single();
        long usersBefore = identityService.createUserQuery().count();

        ResponseEntity<String> rejected = api.postCsv("/api/employees/import", "admin",
                header + good + TestNips.nip(702) + ",X,,TPG,Unit PG,,Analis,PELAKSANA,II/c,2021-01-01,S1,"
                        + TestNips.nip(703) + ",\n");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employee").query(Long.class).single()).isEqualTo(before);
        assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);

        ResponseEntity<String> accepted = api.postCsv("/api/employees/import", "admin", header + good);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> again = api.postCsv("/api/employees/import", "admin", header + good);
        assertThat(json.readTree(again.getBody()).get("unchanged").asInt()).isOne();
    }
}
