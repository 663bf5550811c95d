package id.jenjang.system.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts of the engine's runtime tables, grouped, for the gauges. Read-only SQL on ACT_RU_JOB, ACT_RU_INCIDENT,
 * ACT_RU_TASK and ACT_RE_PROCDEF, because the engine's API counts one filter at a time: open tasks per process
 * and step would be a count query per label (dozens per scrape, more with every model), and its statistics
 * query also counts every instance. One grouped query per table reads each table once, whatever the number of
 * labels. The columns used are the engine's documented schema, the same in Camunda 7.x and Operaton; the other
 * place Jenjang touches engine tables is {@code JobAcquisitionTuning}. Versions of a process are summed under
 * its key; rows without a process (a standalone task, the history cleanup job) count under {@value #NONE}.
 */
@Component
public class EngineFigures {

    static final String NONE = "none";

    /** Jobs of one process: due (ready to run now or running) and failed (no retries left, an incident). */
    public record Jobs(long due, long failed) {
    }

    /** Open and overdue user tasks of one step of one process. */
    public record Tasks(long open, long overdue) {
    }

    /** (process key, step) as a label pair. */
    public record Step(String process, String task) implements Comparable<Step> {
        @Override
        public int compareTo(Step o) {
            int byProcess = process.compareTo(o.process);
            return byProcess != 0 ? byProcess : task.compareTo(o.task);
        }
    }

    /** (process key, incident type) as a label pair. */
    public record IncidentKind(String process, String type) implements Comparable<IncidentKind> {
        @Override
        public int compareTo(IncidentKind o) {
            int byProcess = process.compareTo(o.process);
            return byProcess != 0 ? byProcess : type.compareTo(o.type);
        }
    }

    private final JdbcTemplate jdbc;

    public EngineFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * "Due" is what the acquisition would pick up (retries left, due date reached, not suspended), counted
     * whether or not a node holds its lock; a due count that keeps growing means the job executor is behind.
     */
    public Map<String, Jobs> jobs(Instant now) {
        Map<String, Jobs> byProcess = new TreeMap<>();
        jdbc.query("SELECT PROCESS_DEF_KEY_,"
                + " SUM(CASE WHEN RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?)"
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END)"
                + " FROM ACT_RU_JOB GROUP BY PROCESS_DEF_KEY_", rs -> {
                    byProcess.merge(label(rs.getString(1)), new Jobs(rs.getLong(2), rs.getLong(3)),
                            (a, b) -> new Jobs(a.due() + b.due(), a.failed() + b.failed()));
                }, Timestamp.from(now));
        return byProcess;
    }

    public Map<IncidentKind, Long> incidents() {
        Map<IncidentKind, Long> byKind = new TreeMap<>();
        jdbc.query("SELECT d.KEY_, i.INCIDENT_TYPE_, i.N FROM (SELECT PROC_DEF_ID_, INCIDENT_TYPE_, COUNT(*) N"
                + " FROM ACT_RU_INCIDENT GROUP BY PROC_DEF_ID_, INCIDENT_TYPE_) i"
                + " LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_", rs -> {
                    byKind.merge(new IncidentKind(label(rs.getString(1)), label(rs.getString(2))), rs.getLong(3),
                            Long::sum);
                });
        return byKind;
    }

    /** Overdue: a due date before {@code now}; tasks without a due date are never overdue. */
    public Map<Step, Tasks> tasks(Instant now) {
        Map<Step, Tasks> byStep = new TreeMap<>();
        jdbc.query("SELECT d.KEY_, t.TASK_DEF_KEY_, t.N, t.OVERDUE FROM (SELECT PROC_DEF_ID_, TASK_DEF_KEY_,"
                + " COUNT(*) N, SUM(CASE WHEN DUE_DATE_ < ? THEN 1 ELSE 0 END) OVERDUE"
                + " FROM ACT_RU_TASK GROUP BY PROC_DEF_ID_, TASK_DEF_KEY_) t"
                + " LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_", rs -> {
                    byStep.merge(new Step(label(rs.getString(1)), label(rs.getString(2))),
                            new Tasks(rs.getLong(3), rs.getLong(4)),
                            (a, b) -> new Tasks(a.open() + b.open(), a.overdue() + b.overdue()));
                }, Timestamp.from(now));
        return byStep;
    }

    private static String label(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
