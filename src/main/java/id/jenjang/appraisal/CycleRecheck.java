package id.jenjang.appraisal;

import id.jenjang.rules.CycleReplay;
import id.jenjang.rules.RulesInForce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An old cycle's stored results re-checked against the rule of their time: every rated result of the cycle, its
 * stored ratings judged by the {@code predikat-kinerja} version in force on the period's last day and by the
 * latest, counted and, where anything differs, listed with the employee's name (BKPSDM reads NIPs). One
 * read-only transaction over the cycle's rows; each pair of ratings is evaluated once per version on the
 * standalone DMN engine, so nothing is written.
 */
@Service
public class CycleRecheck implements CycleReplay {

    /** The version that judged, without reasons: the rows carry the predikat it gives. */
    public record Rule(int version, String versionTag) {

        static Rule of(RulesInForce.Candidate c) {
            return new Rule(c.definition().getVersion(), c.version().versionTag());
        }
    }

    /**
     * Every count over the cycle's results: {@code checked = same + differ + changedByCalibration +
     * changedByObjection}; {@code results = checked + notRated}.
     */
    public record Counts(int results, int notRated, int checked, int same, int differ, int changedByCalibration,
            int changedByObjection, int latestDiffers, int decidedByOtherVersion) {
    }

    /** A result that is not plainly the same under both versions. */
    public record Row(String nip, String nama, String unitKode, String status,
            StoredPredikatCheck.Source storedSource, String predikat, String ratedPredikat, String hasilKerja,
            String perilakuKerja, Integer decisionVersion, String versionTag, String inForce, String latest,
            StoredPredikatCheck.Outcome check, boolean latestDiffers) {
    }

    private final CycleRepository cycles;
    private final AppraisalRepository appraisals;
    private final RulesInForce rules;
    private final StoredPredikatCheck check;

    CycleRecheck(CycleRepository cycles, AppraisalRepository appraisals, RulesInForce rules,
            StoredPredikatCheck check) {
        this.cycles = cycles;
        this.appraisals = appraisals;
        this.rules = rules;
        this.check = check;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> recheck(String cycleKey) {
        // a cycle's key is at most 100 characters (appraisal_cycle.business_key): a longer one is no cycle
        if (cycleKey.length() > 100) {
            return Optional.empty();
        }
        return cycles.find(cycleKey).map(this::recheck);
    }

    private Map<String, Object> recheck(CycleRepository.Cycle cycle) {
        LocalDate date = Period.parse(cycle.period()).orElseThrow().lastDay();
        RulesInForce.Candidate inForceRule = rules.inForce(PredikatDecision.DECISION_KEY, date);
        RulesInForce.Candidate latestRule = rules.latest(PredikatDecision.DECISION_KEY);
        StoredPredikatCheck.Judge inForce = check.judge(inForceRule);
        StoredPredikatCheck.Judge latest = check.judge(latestRule);

        int results = 0;
        int notRated = 0;
        int latestDiffers = 0;
        int otherVersion = 0;
        Map<StoredPredikatCheck.Outcome, Integer> outcomes = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (AppraisalRepository.Checked r : appraisals.cycleResults(cycle.businessKey())) {
            StoredPredikatCheck.Stored stored = StoredPredikatCheck.Stored.of(r);
            results++;
            if (!stored.rated()) {
                notRated++;
                continue;
            }
            String now = inForce.of(r.hasilKerja(), r.perilakuKerja()).result();
            String last = latest.of(r.hasilKerja(), r.perilakuKerja()).result();
            StoredPredikatCheck.Outcome outcome = StoredPredikatCheck.outcome(stored, now);
            outcomes.merge(outcome, 1, Integer::sum);
            boolean lastDiffers = !Objects.equals(now, last);
            if (lastDiffers) {
                latestDiffers++;
            }
            if (r.decisionVersion() != null && r.decisionVersion() != inForceRule.definition().getVersion()) {
                otherVersion++;
            }
            if (outcome != StoredPredikatCheck.Outcome.SAME || lastDiffers) {
                rows.add(new Row(r.nip(), r.nama(), r.unitKode(), r.status(), StoredPredikatCheck.source(stored),
                        r.predikat(), r.ratedPredikat(), r.hasilKerja(), r.perilakuKerja(), r.decisionVersion(),
                        r.versionTag(), now, last, outcome, lastDiffers));
            }
        }
        Counts counts = new Counts(results, notRated, results - notRated,
                outcomes.getOrDefault(StoredPredikatCheck.Outcome.SAME, 0),
                outcomes.getOrDefault(StoredPredikatCheck.Outcome.DIFFERS, 0),
                outcomes.getOrDefault(StoredPredikatCheck.Outcome.CHANGED_BY_CALIBRATION, 0),
                outcomes.getOrDefault(StoredPredikatCheck.Outcome.CHANGED_BY_OBJECTION, 0),
                latestDiffers, otherVersion);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", PredikatDecision.DECISION_KEY);
        body.put("cycleKey", cycle.businessKey());
        body.put("period", cycle.period());
        body.put("date", date.toString());
        body.put("inForce", Rule.of(inForceRule));
        body.put("latest", Rule.of(latestRule));
        body.put("counts", counts);
        body.put("differences", rows);
        return body;
    }
}
