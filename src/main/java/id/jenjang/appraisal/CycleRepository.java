package id.jenjang.appraisal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered cycles: one row per business key (the primary key refuses a second opening). */
@Repository
public class CycleRepository {

    public record Cycle(String businessKey, String period, String unitKode, boolean annual,
            String processInstanceId, int total, int started, String status, String openedBy) {
    }

    /**
     * One unit's recorded calibration. {@code curveWarnings} are the curve's unmet limits after the adjustments;
     * when there are any, {@code curveJustification} says why the unit stays off its curve (SE MenPANRB 3/2023).
     * {@code decisionKey}, {@code decisionVersion}, {@code versionTag}: the distribution-curve version that judged
     * (null for calibrations recorded before V13).
     */
    public record Calibration(String unitKode, String organisationRating, String adjustments, String curveWarnings,
            String curveJustification, String decidedBy, String decidedAt, String decisionKey,
            Integer decisionVersion, String versionTag) {
    }

    private final JdbcClient jdbc;

    public CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String businessKey) {
        return jdbc.sql("SELECT COUNT(*) FROM appraisal_cycle WHERE business_key = ?").param(businessKey)
                .query(Long.class).single() > 0;
    }

    public void register(String businessKey, Period period, String unitKode, String processInstanceId, int total,
            String openedBy) {
        jdbc.sql("INSERT INTO appraisal_cycle (business_key, period, unit_kode, annual, process_instance_id, total,"
                        + " started, status, opened_by) VALUES (?, ?, ?, ?, ?, ?, 0, 'OPENING', ?)")
                .params(businessKey, period.toString(), unitKode, period.annual(), processInstanceId, total, openedBy)
                .update();
    }

    public void progress(String businessKey, int started, String status) {
        jdbc.sql("UPDATE appraisal_cycle SET started = ?, status = ? WHERE business_key = ?")
                .params(started, status, businessKey).update();
    }

    /** Adds to the started count: lanes add concurrently, so no lane overwrites another's count. */
    public void addStarted(String businessKey, int started) {
        jdbc.sql("UPDATE appraisal_cycle SET started = started + ? WHERE business_key = ?")
                .params(started, businessKey).update();
    }

    public void status(String businessKey, String status) {
        jdbc.sql("UPDATE appraisal_cycle SET status = ? WHERE business_key = ?").params(status, businessKey).update();
    }

    public Optional<Cycle> find(String businessKey) {
        return jdbc.sql("SELECT business_key, period, unit_kode, annual, process_instance_id, total, started, status,"
                        + " opened_by FROM appraisal_cycle WHERE business_key = ?")
                .param(businessKey)
                .query((rs, i) -> new Cycle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9)))
                .optional();
    }

    /** A cycle whose appraisals are still being started: how many it will have and how many it has. */
    public record Opening(String businessKey, int total, int started) {
    }

    /** The cycles being opened right now (few: one per period and scope at most), for monitoring. */
    public List<Opening> openings() {
        return jdbc.sql("SELECT business_key, total, started FROM appraisal_cycle WHERE status = 'OPENING'"
                        + " ORDER BY business_key")
                .query((rs, i) -> new Opening(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    public List<Calibration> calibrations(String businessKey) {
        return jdbc.sql("SELECT unit_kode, organisation_rating, adjustments, warnings, curve_justification, decided_by,"
                        + " decided_at, decision_key, decision_version, version_tag FROM calibration"
                        + " WHERE cycle_key = ? ORDER BY unit_kode")
                .param(businessKey)
                .query((rs, i) -> new Calibration(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime().toString(),
                        rs.getString(8), rs.getObject(9) == null ? null : rs.getInt(9), rs.getString(10)))
                .list();
    }
}
