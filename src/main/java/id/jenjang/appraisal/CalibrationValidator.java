package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.*;

import id.jenjang.appraisal.calibration.CurveCheck;
import id.jenjang.appraisal.calibration.DistributionCurve;
import id.jenjang.appraisal.calibration.OrganisationRating;
import id.jenjang.process.FormValidation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calibration of one unit: the organisation rating, and adjustments that each name an employee of the unit,
 * a predikat and a reason. The curve of the organisation rating is a consideration, not a cap (SE MenPANRB
 * 3/2023; domain rules §1): a unit of any size whose adjusted distribution stays off it is accepted only with
 * a written justification for the unit, so there is neither a silent departure nor a hard block. Accepted
 * decisions are recorded here, with the justification and the curve version in force on the period's last day
 * that judged them, in the same transaction as the task's completion.
 */
@Component
public class CalibrationValidator implements ExecutionListener {

    /** As the form's minLength: a justification says why, a word or two does not. */
    static final int MIN_JUSTIFICATION = 10;

    private final AppraisalRepository appraisals;
    private final CalibrationAdjustments adjustments;
    private final DistributionCurve curve;
    private final JdbcClient jdbc;

    public CalibrationValidator(AppraisalRepository appraisals, CalibrationAdjustments adjustments,
            DistributionCurve curve, JdbcClient jdbc) {
        this.appraisals = appraisals;
        this.adjustments = adjustments;
        this.curve = curve;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateExecution task) {
        if (task.isCanceled()) {
            return; // interrupted by a timer or cancelled: nothing was submitted
        }
        String cycleKey = task.getProcessBusinessKey();
        String unit = CALIBRATION_UNIT.require(task);
        String ratingText = ORGANISATION_RATING.get(task);
        OrganisationRating rating;
        try {
            rating = OrganisationRating.valueOf(ratingText == null ? "" : ratingText);
        } catch (IllegalArgumentException e) {
            throw new FormValidation(ORGANISATION_RATING.name(), "wajib diisi: ISTIMEWA, BAIK, BUTUH_PERBAIKAN,"
                    + " KURANG atau SANGAT_KURANG");
        }
        List<AppraisalRepository.UnitResult> results = appraisals.unitResults(cycleKey, unit);
        Set<String> members = new HashSet<>(results.stream().map(AppraisalRepository.UnitResult::nip).toList());
        List<CalibrationAdjustments.Adjustment> list = adjustments.read(task.getVariable(ADJUSTMENTS.name()));
        Set<String> seen = new HashSet<>();
        for (CalibrationAdjustments.Adjustment a : list) {
            if (a.nip() == null || !members.contains(a.nip())) {
                throw new FormValidation(ADJUSTMENTS.name(), "NIP " + a.nip() + " bukan pegawai unit ini pada siklus ini");
            }
            if (!seen.add(a.nip())) {
                throw new FormValidation(ADJUSTMENTS.name(), "NIP " + a.nip() + " disesuaikan lebih dari sekali");
            }
            try {
                Predikat.valueOf(a.predikat() == null ? "" : a.predikat());
            } catch (IllegalArgumentException e) {
                throw new FormValidation(ADJUSTMENTS.name(), "predikat '" + a.predikat() + "' untuk NIP " + a.nip()
                        + " tidak dikenal");
            }
            if (a.reason() == null || a.reason().isBlank()) {
                throw new FormValidation(ADJUSTMENTS.name(), "alasan penyesuaian NIP " + a.nip() + " wajib diisi");
            }
        }
        CurveCheck check = curve.check(rating, UnitDistribution.counts(results, list),
                PredikatDecision.lastDay(PERIOD.require(task)));
        String justification = CURVE_JUSTIFICATION.get(task);
        justification = justification == null || justification.isBlank() ? null : justification.strip();
        if (check.departs() && justification == null) {
            throw new FormValidation(CURVE_JUSTIFICATION.name(), "sebaran predikat tidak sesuai kurva organisasi "
                    + rating.name() + " (" + String.join("; ", check.violations()) + "): sesuaikan predikat atau"
                    + " tuliskan pembenaran penyimpangan dari kurva untuk unit ini");
        }
        if (justification != null && justification.length() < MIN_JUSTIFICATION) {
            throw new FormValidation(CURVE_JUSTIFICATION.name(), "pembenaran penyimpangan dari kurva terlalu singkat:"
                    + " paling sedikit " + MIN_JUSTIFICATION + " karakter");
        }
        // with the curve version whose limits the warnings (and the need for a justification) come from
        jdbc.sql("INSERT INTO calibration (cycle_key, unit_kode, organisation_rating, adjustments, warnings,"
                        + " curve_justification, decided_by, decision_key, decision_version, version_tag)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(cycleKey, unit, rating.name(), adjustments.write(list), String.join("; ", check.violations()),
                        justification, Context.getCommandContext().getAuthenticatedUserId(),
                        check.rule().decisionKey(), check.rule().decisionVersion(), check.rule().versionTag())
                .update();
    }
}
