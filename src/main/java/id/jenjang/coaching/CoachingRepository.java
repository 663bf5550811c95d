package id.jenjang.coaching;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coaching cases and sessions as stored; each step of the process writes what it decided. */
@Repository
public class CoachingRepository {

    private final JdbcClient jdbc;

    public CoachingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String businessKey) {
        return jdbc.sql("SELECT COUNT(*) FROM coaching_case WHERE business_key = ?").param(businessKey)
                .query(Long.class).single() > 0;
    }

    public void register(String key, String nip, String period, String instanceId, String coachNip, String origin,
            String startedBy, String reason, String appraisalPredikat, int months, String interval) {
        jdbc.sql("INSERT INTO coaching_case (business_key, nip, period, process_instance_id, coach_nip, origin,"
                        + " started_by, reason, appraisal_predikat, duration_months, session_interval, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNING')")
                .params(key, nip, period, instanceId, coachNip, origin, startedBy, reason, appraisalPredikat, months,
                        interval)
                .update();
    }

    public void update(String key, String assignments, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = key;
        jdbc.sql("UPDATE coaching_case SET " + assignments + " WHERE business_key = ?").params(params).update();
    }

    /** One column of a case as stored (a decision a later step reads back instead of a process variable). */
    public String column(String key, String column) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + column + " FROM coaching_case WHERE business_key = ?").param(key)
                .query(String.class).optional().orElse(null);
    }

    public void addSession(String key, int number, String notes, String progress, boolean missed, String by) {
        jdbc.sql("INSERT INTO coaching_session (business_key, session_number, notes, progress, missed, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(key, number, notes, progress, missed, by).update();
    }

    public void followUp(String key, int number, String note) {
        jdbc.sql("UPDATE coaching_session SET follow_up_note = ? WHERE business_key = ? AND session_number = ?"
                        + " AND missed").params(note, key, number).update();
    }

    public List<Map<String, Object>> casesOf(String nip) {
        List<Map<String, Object>> cases = jdbc.sql("SELECT * FROM coaching_case WHERE nip = ? ORDER BY started_at")
                .param(nip).query().listOfRows();
        for (Map<String, Object> c : cases) {
            c.put("SESSIONS", jdbc.sql("SELECT session_number, notes, progress, missed, follow_up_note, recorded_by,"
                            + " recorded_at FROM coaching_session WHERE business_key = ? ORDER BY id")
                    .param(c.get("BUSINESS_KEY")).query().listOfRows());
        }
        return cases;
    }

    public static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }
}
