package id.jenjang.appraisal;

import id.jenjang.rules.DecisionVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appraisal results per employee and period: the durable record behind /api/appraisals. */
@Repository
public class AppraisalRepository {

    static final List<String> BEHAVIOUR_COLUMNS = List.of("berorientasi_pelayanan", "akuntabel", "kompeten",
            "harmonis", "loyal", "adaptif", "kolaboratif");

    /** What the cycle knows when it starts an employee's appraisal. */
    public record Seed(String nip, String unitKode, String calibrationUnit, String raterNip, String reviewerNip,
            String processInstanceId) {
    }

    /** One line of a unit's calibration table. */
    public record UnitResult(String nip, String nama, String predikat, String status) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public AppraisalRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Of {@code nips}, those that already have an appraisal for {@code period}: a retried chunk skips them. */
    public Set<String> existing(String period, List<String> nips) {
        if (nips.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT nip FROM appraisal WHERE period = :period AND nip IN (:nips)")
                .param("period", period).param("nips", nips).query(String.class).list());
    }

    public void insert(String period, String cycleKey, List<Seed> seeds) {
        template.batchUpdate("INSERT INTO appraisal (nip, period, cycle_key, process_instance_id, unit_kode,"
                        + " calibration_unit, rater_nip, reviewer_nip, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seeds, 500, (ps, s) -> {
                    ps.setString(1, s.nip());
                    ps.setString(2, period);
                    ps.setString(3, cycleKey);
                    ps.setString(4, s.processInstanceId());
                    ps.setString(5, s.unitKode());
                    ps.setString(6, s.calibrationUnit());
                    ps.setString(7, s.raterNip());
                    ps.setString(8, s.reviewerNip());
                    ps.setString(9, AppraisalStatus.SELF_ASSESSMENT.name());
                });
    }

    public int countInCycle(String cycleKey) {
        return jdbc.sql("SELECT COUNT(*) FROM appraisal WHERE cycle_key = ?").param(cycleKey).query(Integer.class)
                .single();
    }

    public void recordSelfAssessment(String nip, String period, String text, boolean missing) {
        jdbc.sql("UPDATE appraisal SET self_assessment = ?, self_assessment_missing = ?, status = ?"
                        + " WHERE nip = ? AND period = ?")
                .params(text, missing, AppraisalStatus.RATING.name(), nip, period).update();
    }

    public void recordRating(String nip, String period, String hasilKerja, String perilakuKerja,
            Map<String, String> behaviour, String note, String predikat, DecisionVersion decidedBy,
            AppraisalStatus next) {
        jdbc.sql("UPDATE appraisal SET hasil_kerja = ?, perilaku_kerja = ?, berorientasi_pelayanan = ?,"
                        + " akuntabel = ?, kompeten = ?, harmonis = ?, loyal = ?, adaptif = ?, kolaboratif = ?,"
                        + " rating_note = ?, predikat = ?, rated_predikat = ?, status = ?, rated_at = ?,"
                        + " decision_key = ?, decision_version = ?, version_tag = ?"
                        + " WHERE nip = ? AND period = ?")
                .params(hasilKerja, perilakuKerja, behaviour.get("berorientasi_pelayanan"), behaviour.get("akuntabel"),
                        behaviour.get("kompeten"), behaviour.get("harmonis"), behaviour.get("loyal"),
                        behaviour.get("adaptif"), behaviour.get("kolaboratif"), note, predikat, predikat, next.name(),
                        Timestamp.valueOf(LocalDateTime.now()), decidedBy.decisionKey(), decidedBy.decisionVersion(),
                        decidedBy.versionTag(), nip, period)
                .update();
    }

    public void recordCalibration(String nip, String period, String predikat, String reason) {
        jdbc.sql("UPDATE appraisal SET predikat = ?, calibration_reason = ?, status = ? WHERE nip = ? AND period = ?")
                .params(predikat, reason, AppraisalStatus.REVIEW.name(), nip, period).update();
    }

    public void recordObjection(String nip, String period, String reason) {
        jdbc.sql("UPDATE appraisal SET objection_reason = ?, status = ? WHERE nip = ? AND period = ?")
                .params(reason, AppraisalStatus.OBJECTION.name(), nip, period).update();
    }

    /** The reviewer's decision and reasoning, as submitted and validated; the ratings are not touched here. */
    public void recordObjectionDecision(String nip, String period, String decision, String note) {
        jdbc.sql("UPDATE appraisal SET objection_decision = ?, objection_note = ? WHERE nip = ? AND period = ?")
                .params(decision, note, nip, period).update();
    }

    /** An upheld objection's new ratings and the predikat Jenjang decided from them. */
    public void recordUpheldRatings(String nip, String period, String hasilKerja, String perilakuKerja,
            String predikat, DecisionVersion decidedBy) {
        jdbc.sql("UPDATE appraisal SET hasil_kerja = ?, perilaku_kerja = ?, predikat = ?, decision_key = ?,"
                        + " decision_version = ?, version_tag = ? WHERE nip = ? AND period = ?"
                        + " AND objection_decision = 'UPHELD'")
                .params(hasilKerja, perilakuKerja, predikat, decidedBy.decisionKey(), decidedBy.decisionVersion(),
                        decidedBy.versionTag(), nip, period).update();
    }

    /** The review window ran out without an answer: only the timeout path writes TRUE here. */
    public void recordAcceptedByTimeout(String nip, String period) {
        jdbc.sql("UPDATE appraisal SET accepted_by_timeout = TRUE WHERE nip = ? AND period = ?").params(nip, period)
                .update();
    }

    /**
     * The result becomes final as stored: accepted by timeout only if the timeout path recorded it, a recognition
     * candidate only for a stored SANGAT_BAIK.
     */
    public void finalizeResult(String nip, String period) {
        jdbc.sql("UPDATE appraisal SET status = ?, accepted_by_timeout = COALESCE(accepted_by_timeout, FALSE),"
                        + " recognition_candidate = (predikat = 'SANGAT_BAIK'), finalized_at = ?"
                        + " WHERE nip = ? AND period = ?")
                .params(AppraisalStatus.FINAL.name(), Timestamp.valueOf(LocalDateTime.now()), nip, period)
                .update();
    }

    /** The stored appraisal, which must exist for a running employee-appraisal. */
    public AppraisalRecord require(String nip, String period) {
        return find(nip, period).orElseThrow(() -> new IllegalStateException("no appraisal stored for " + nip + " "
                + period));
    }

    public Optional<AppraisalRecord> find(String nip, String period) {
        return jdbc.sql("SELECT * FROM appraisal WHERE nip = ? AND period = ?").params(nip, period)
                .query(AppraisalRepository::record).optional();
    }

    public List<AppraisalRecord> findByNip(String nip) {
        return jdbc.sql("SELECT * FROM appraisal WHERE nip = ? ORDER BY period").param(nip)
                .query(AppraisalRepository::record).list();
    }

    /** Employees of a calibration unit in a cycle whose rating is not in yet. */
    public long unrated(String cycleKey, String unit) {
        return jdbc.sql("SELECT COUNT(*) FROM appraisal WHERE cycle_key = ? AND calibration_unit = ?"
                        + " AND status IN ('SELF_ASSESSMENT', 'RATING')")
                .params(cycleKey, unit).query(Long.class).single();
    }

    public List<UnitResult> unitResults(String cycleKey, String unit) {
        return jdbc.sql("SELECT a.nip, e.nama, a.predikat, a.status FROM appraisal a JOIN employee e ON e.nip = a.nip"
                        + " WHERE a.cycle_key = ? AND a.calibration_unit = ? ORDER BY e.nama, a.nip")
                .params(cycleKey, unit)
                .query((rs, i) -> new UnitResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * A stored result as a cycle's re-check reads it: the ratings and what was stored from them, without the
     * texts (a city's cycle is tens of thousands of rows; the self-assessments alone would be hundreds of MB).
     */
    public record Checked(String nip, String nama, String unitKode, String status, String hasilKerja,
            String perilakuKerja, String predikat, String ratedPredikat, boolean calibrated,
            String objectionDecision, Integer decisionVersion, String versionTag) {
    }

    /** Every stored result of a cycle, by unit and name. */
    public List<Checked> cycleResults(String cycleKey) {
        return jdbc.sql("SELECT a.nip, e.nama, a.unit_kode, a.status, a.hasil_kerja, a.perilaku_kerja, a.predikat,"
                        + " a.rated_predikat, CASE WHEN a.calibration_reason IS NULL THEN 0 ELSE 1 END AS calibrated,"
                        + " a.objection_decision, a.decision_version, a.version_tag"
                        + " FROM appraisal a JOIN employee e ON e.nip = a.nip WHERE a.cycle_key = ?"
                        + " ORDER BY a.unit_kode, e.nama, a.nip")
                .param(cycleKey)
                .query((rs, i) -> new Checked(rs.getString("nip"), rs.getString("nama"), rs.getString("unit_kode"),
                        rs.getString("status"), rs.getString("hasil_kerja"), rs.getString("perilaku_kerja"),
                        rs.getString("predikat"), rs.getString("rated_predikat"), rs.getInt("calibrated") == 1,
                        rs.getString("objection_decision"), (Integer) rs.getObject("decision_version"),
                        rs.getString("version_tag")))
                .list();
    }

    public List<String> calibrationUnits(String cycleKey) {
        return jdbc.sql("SELECT DISTINCT calibration_unit FROM appraisal WHERE cycle_key = ? ORDER BY calibration_unit")
                .param(cycleKey).query(String.class).list();
    }

    private static AppraisalRecord record(ResultSet rs, int row) throws SQLException {
        Map<String, String> behaviour = new LinkedHashMap<>();
        for (String column : BEHAVIOUR_COLUMNS) {
            behaviour.put(column, rs.getString(column));
        }
        Timestamp rated = rs.getTimestamp("rated_at");
        Timestamp finalized = rs.getTimestamp("finalized_at");
        return new AppraisalRecord(rs.getString("nip"), rs.getString("period"), rs.getString("cycle_key"),
                rs.getString("process_instance_id"), rs.getString("unit_kode"), rs.getString("calibration_unit"),
                rs.getString("rater_nip"), rs.getString("reviewer_nip"),
                AppraisalStatus.valueOf(rs.getString("status")), rs.getString("self_assessment"),
                rs.getBoolean("self_assessment_missing"), rs.getString("hasil_kerja"), rs.getString("perilaku_kerja"),
                behaviour, rs.getString("rating_note"), rs.getString("predikat"), rs.getString("rated_predikat"),
                rs.getString("calibration_reason"), (Boolean) rs.getObject("accepted_by_timeout"),
                rs.getString("objection_reason"), rs.getString("objection_decision"), rs.getString("objection_note"),
                rs.getBoolean("recognition_candidate"), rated == null ? null : rated.toLocalDateTime(),
                finalized == null ? null : finalized.toLocalDateTime(),
                rs.getString("decision_key") == null ? null : new DecisionVersion(rs.getString("decision_key"),
                        rs.getInt("decision_version"), rs.getString("version_tag")));
    }
}
