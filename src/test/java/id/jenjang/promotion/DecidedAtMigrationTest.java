package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V5 on a database that already holds promotion cases: the cases that had ended get decided_at (the time of
 * their last trail entry, so the board orders them where they belong); running and announced ones do not.
 */
class DecidedAtMigrationTest {

    @Test
    void casesDecidedBeforeV5GetTheTimeOfTheirLastEntryAndOthersStayUndecided() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:decided-at-migration;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).target("4").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("INSERT INTO unit_kerja (kode, nama) VALUES ('U', 'Unit')").update();
        jdbc.sql("INSERT INTO employee (nip, nama, unit_kode, jabatan, jenis_jabatan, golongan, tmt_golongan,"
                + " pendidikan) VALUES ('199001012015031001', 'Siti', 'U', 'Staf', 'PELAKSANA', 'II/c',"
                + " DATE '2019-01-01', 'S1')").update();
        Map<String, String> statuses = Map.of("rejected", "REJECTED", "ineligible", "NOT_ELIGIBLE",
                "decreed", "DECREED", "running", "TPK", "announced", "ANNOUNCED", "emptyTrail", "REJECTED");
        statuses.forEach((id, status) -> jdbc.sql("INSERT INTO promotion_case (process_instance_id, business_key,"
                        + " nip, promotion_type, target, status, created_at) VALUES (?, ?, '199001012015031001',"
                        + " 'KP_REGULER', 'II/d', ?, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')")
                .params(id, id, status).update());
        for (String id : statuses.keySet()) {
            if (!id.equals("emptyTrail")) {
                entry(jdbc, id, 1, "2026-02-01 08:00:00+00");
                entry(jdbc, id, 2, "2026-03-05 09:30:00+00");
            }
        }

        Flyway.configure().dataSource(db).load().migrate();

        assertThat(decidedAt(jdbc, "rejected")).isEqualTo("2026-03-05T09:30Z");
        assertThat(decidedAt(jdbc, "ineligible")).isEqualTo("2026-03-05T09:30Z");
        assertThat(decidedAt(jdbc, "decreed")).isEqualTo("2026-03-05T09:30Z");
        assertThat(decidedAt(jdbc, "emptyTrail")).as("creation time without a trail").isEqualTo("2026-01-01T00:00Z");
        assertThat(decidedAt(jdbc, "running")).isNull();
        assertThat(decidedAt(jdbc, "announced")).isNull();
    }

    private static void entry(JdbcClient jdbc, String id, int seq, String at) {
        jdbc.sql("INSERT INTO promotion_audit (process_instance_id, seq, occurred_at, step, actor, decision, reason,"
                        + " payload, prev_hash, hash)"
                        + " VALUES (?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), 'PPK', 'x', 'y', '', '{}', 'p', 'h')")
                .params(id, seq, at).update();
    }

    private static String decidedAt(JdbcClient jdbc, String id) {
        OffsetDateTime at = jdbc.sql("SELECT decided_at FROM promotion_case WHERE process_instance_id = ?").param(id)
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).list().get(0);
        return at == null ? null : at.withOffsetSameInstant(java.time.ZoneOffset.UTC).toString();
    }
}
