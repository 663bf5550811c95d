package id.jenjang.appraisal;

import id.jenjang.rules.RulesInForce;
import id.jenjang.rules.StandaloneDecisions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.springframework.stereotype.Component;

/**
 * A stored appraisal result judged again: its stored ratings through a given {@code predikat-kinerja} version
 * (on the standalone DMN engine, so nothing is written), and whether the stored predikat is what that verdict
 * says, or differs for a reason the record itself shows (a calibration), or differs unexplained.
 * Shared by the replay of one result ({@link PredikatReplay}) and of a whole cycle ({@link CycleRecheck}).
 */
@Component
public class StoredPredikatCheck {

    /** What last set the stored predikat, read from the record's own columns. */
    public enum Source {
        /** The rating's decision, unchanged since. */
        RATING,
        /** A calibration adjustment for this employee (recorded with its reason): may differ from the rule. */
        CALIBRATION,
        /** An upheld objection: the reviewer's new ratings, decided again by the rule. */
        OBJECTION
    }

    /** The stored predikat against the in-force verdict of the stored ratings. */
    public enum Outcome {
        /** What the rule in force says. */
        SAME,
        /** Not what the rule says, because calibration changed it; the rating's own predikat is what it says. */
        CHANGED_BY_CALIBRATION,
        /** What the rule says of the ratings an upheld objection set, which changed the rater's predikat. */
        CHANGED_BY_OBJECTION,
        /** Not what the rule of its date says, and nothing in the record explains why. */
        DIFFERS
    }

    /** One row of the predikat matrix that judged: the inputs, the row and its annotation, the predikat. */
    public record Reason(String criterion, String label, String value, String rule, String annotation,
            String result) {
    }

    /** A version's verdict on a pair of ratings, in the answer shape every replay shares. */
    public record Verdict(int version, String versionTag, String result, List<Reason> reasons) {
    }

    /** The one criterion a predikat has: the matrix cell of the two ratings. */
    static final String CRITERION = "PREDIKAT";
    static final String LABEL = "Predikat kinerja dari hasil kerja dan perilaku kerja (matriks kuadran)";

    private final StandaloneDecisions decisions;

    public StoredPredikatCheck(StandaloneDecisions decisions) {
        this.decisions = decisions;
    }

    /** Verdicts for many rows: each pair of ratings is evaluated once per version (a cycle has nine pairs). */
    public Judge judge(RulesInForce.Candidate rule) {
        return new Judge(rule);
    }

    public final class Judge {

        private final RulesInForce.Candidate rule;
        private final Map<String, Verdict> seen = new HashMap<>();

        private Judge(RulesInForce.Candidate rule) {
            this.rule = rule;
        }

        public Verdict of(String hasilKerja, String perilakuKerja) {
            return seen.computeIfAbsent(hasilKerja + "/" + perilakuKerja, k -> evaluate(hasilKerja, perilakuKerja));
        }

        private Verdict evaluate(String hasilKerja, String perilakuKerja) {
            String value = "hasil kerja " + hasilKerja + ", perilaku kerja " + perilakuKerja;
            String result = null;
            String row = null;
            String annotation;
            try {
                StandaloneDecisions.Explained explained = decisions.explain(rule.id(), PredikatDecision.DECISION_KEY,
                        Map.of("hasilKerja", hasilKerja, "perilakuKerja", perilakuKerja));
                DmnDecisionRuleResult first = explained.result().getFirstResult();
                Object entry = first == null ? null : first.getSingleEntry();
                result = entry == null ? null : entry.toString();
                row = explained.rules().isEmpty() ? null : explained.rules().get(0).id();
                annotation = explained.rules().isEmpty() ? "tidak ada baris aturan yang cocok"
                        : explained.rules().get(0).annotation();
            } catch (DmnEngineException e) {
                annotation = "aturan tidak dapat dievaluasi untuk nilai ini (lebih dari satu baris cocok atau"
                        + " keluaran tidak sah)";
            }
            return new Verdict(rule.definition().getVersion(), rule.version().versionTag(), result,
                    List.of(new Reason(CRITERION, LABEL, value, row, annotation, result)));
        }
    }

    /**
     * What a re-check reads of a stored result. {@code calibrated}: a calibration adjustment was recorded for
     * the employee (its reason; CalibrationValidator requires one).
     */
    public record Stored(String hasilKerja, String perilakuKerja, String predikat, String ratedPredikat,
            boolean calibrated, String objectionDecision) {

        public static Stored of(AppraisalRecord r) {
            return new Stored(r.hasilKerja(), r.perilakuKerja(), r.predikat(), r.ratedPredikat(),
                    r.calibrationReason() != null, r.objectionDecision());
        }

        public static Stored of(AppraisalRepository.Checked r) {
            return new Stored(r.hasilKerja(), r.perilakuKerja(), r.predikat(), r.ratedPredikat(), r.calibrated(),
                    r.objectionDecision());
        }

        /** Whether there are ratings to judge (a result still at self-assessment or rating has none). */
        public boolean rated() {
            return hasilKerja != null && perilakuKerja != null;
        }
    }

    public static Source source(Stored stored) {
        if (ObjectionDecisionValidator.UPHELD.equals(stored.objectionDecision())) {
            return Source.OBJECTION;
        }
        // only an adjustment carries a reason; a predikat that differs from the rating's without one is not
        // called a calibration
        return stored.calibrated() ? Source.CALIBRATION : Source.RATING;
    }

    public static Outcome outcome(Stored stored, String inForce) {
        Source source = source(stored);
        if (Objects.equals(stored.predikat(), inForce)) {
            return source == Source.OBJECTION && !Objects.equals(stored.ratedPredikat(), stored.predikat())
                    ? Outcome.CHANGED_BY_OBJECTION : Outcome.SAME;
        }
        if (source == Source.CALIBRATION && Objects.equals(stored.ratedPredikat(), inForce)) {
            return Outcome.CHANGED_BY_CALIBRATION;
        }
        return Outcome.DIFFERS;
    }
}
