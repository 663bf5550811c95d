package id.jenjang.appraisal;

import id.jenjang.employee.EmployeeRepository;
import id.jenjang.rules.DecisionReplay;
import id.jenjang.rules.RulesInForce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code decision=predikat-kinerja}: an employee's stored appraisal result judged again from its stored ratings,
 * under the version in force on its period's last day and under the latest deployed one, beside what was stored
 * and what last set it (rating, calibration, upheld objection). A calibrated predikat differing from the matrix
 * is the calibration's doing, said so, not a mismatch. Read-only transaction, standalone DMN engine: nothing is
 * written, not even the engine's decision history.
 */
@Service
public class PredikatReplay implements DecisionReplay {

    /** The record as the replay shows it: the ratings it judges again and what was stored from them. */
    public record Stored(String period, String predikat, String ratedPredikat, String hasilKerja,
            String perilakuKerja, String decisionKey, Integer decisionVersion, String versionTag, String status,
            String calibrationReason, String objectionDecision) {

        static Stored of(AppraisalRecord r) {
            return new Stored(r.period(), r.predikat(), r.ratedPredikat(), r.hasilKerja(), r.perilakuKerja(),
                    r.decidedBy() == null ? null : r.decidedBy().decisionKey(),
                    r.decidedBy() == null ? null : r.decidedBy().decisionVersion(),
                    r.decidedBy() == null ? null : r.decidedBy().versionTag(), r.status().name(),
                    r.calibrationReason(), r.objectionDecision());
        }
    }

    /** The criterion judged differently by the two versions, as the eligibility replay names its criteria. */
    public record Difference(String criterion, String inForce, String latest) {
    }

    private final AppraisalRepository appraisals;
    private final EmployeeRepository employees;
    private final RulesInForce rules;
    private final StoredPredikatCheck check;

    PredikatReplay(AppraisalRepository appraisals, EmployeeRepository employees, RulesInForce rules,
            StoredPredikatCheck check) {
        this.appraisals = appraisals;
        this.employees = employees;
        this.rules = rules;
        this.check = check;
    }

    @Override
    public String decisionKey() {
        return PredikatDecision.DECISION_KEY;
    }

    /**
     * Parameters {@code date} (the period's last day) and/or {@code period}; on 31 December, when both the Q4 and
     * the annual result are stored, {@code period} says which.
     */
    @Override
    @Transactional(readOnly = true)
    public Replayed replay(Request request) {
        String nip = request.nip();
        Optional<Period> asked = period(request.parameter("period"));
        LocalDate date = request.date();
        if (asked.isPresent() && date != null && !asked.get().lastDay().equals(date)) {
            throw new IllegalArgumentException("date: periode " + asked.get() + " berakhir pada "
                    + asked.get().lastDay() + ", bukan " + date + "; kirim tanggal itu, atau period saja");
        }
        if (asked.isEmpty() && date == null) {
            throw new IllegalArgumentException("date: wajib diisi (hari terakhir periode penilaian, yyyy-mm-dd),"
                    + " atau sebutkan period");
        }
        if (employees.find(nip).isEmpty()) {
            throw new IllegalArgumentException("nip: pegawai dengan NIP " + nip + " tidak dikenal");
        }
        AppraisalRecord stored = stored(nip, asked, date);
        StoredPredikatCheck.Stored judged = StoredPredikatCheck.Stored.of(stored);
        if (!judged.rated()) {
            throw new IllegalArgumentException("period: hasil penilaian NIP " + nip + " periode " + stored.period()
                    + " belum dinilai (status " + stored.status() + "); belum ada yang dapat diuji ulang");
        }
        LocalDate day = Period.parse(stored.period()).orElseThrow().lastDay();
        StoredPredikatCheck.Verdict inForce = check.judge(rules.inForce(decisionKey(), day))
                .of(stored.hasilKerja(), stored.perilakuKerja());
        StoredPredikatCheck.Verdict latest = check.judge(rules.latest(decisionKey()))
                .of(stored.hasilKerja(), stored.perilakuKerja());

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("inForce", inForce);
        fields.put("latest", latest);
        fields.put("differences", differences(inForce, latest));
        fields.put("stored", Stored.of(stored));
        fields.put("storedSource", StoredPredikatCheck.source(judged));
        fields.put("storedMatchesInForce", Objects.equals(stored.predikat(), inForce.result()));
        fields.put("check", StoredPredikatCheck.outcome(judged, inForce.result()));
        return new Replayed(day, fields);
    }

    /** The one stored result the caller means: by period, or the period(s) ending on the date. */
    private AppraisalRecord stored(String nip, Optional<Period> asked, LocalDate date) {
        if (asked.isPresent()) {
            return appraisals.find(nip, asked.get().toString()).orElseThrow(() -> new IllegalArgumentException(
                    "period: tidak ada hasil penilaian tersimpan untuk NIP " + nip + " periode " + asked.get()));
        }
        List<Period> ending = Period.endingOn(date);
        if (ending.isEmpty()) {
            throw new IllegalArgumentException("date: " + date + " bukan hari terakhir periode penilaian (31 Maret,"
                    + " 30 Juni, 30 September atau 31 Desember); penilaian dinilai pada hari terakhir periodenya");
        }
        List<AppraisalRecord> found = new ArrayList<>();
        for (Period p : ending) {
            appraisals.find(nip, p.toString()).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("date: tidak ada hasil penilaian tersimpan untuk NIP " + nip
                    + " pada periode yang berakhir " + date + " ("
                    + ending.stream().map(Period::toString).collect(Collectors.joining(", ")) + ")");
        }
        // a Q4 still open beside the year's result (or the other way round) is not what the caller means
        List<AppraisalRecord> rated = found.stream().filter(r -> StoredPredikatCheck.Stored.of(r).rated()).toList();
        if (rated.size() > 1) {
            throw new IllegalArgumentException("period: pada " + date + " berakhir periode "
                    + rated.stream().map(AppraisalRecord::period).collect(Collectors.joining(" dan "))
                    + ", keduanya sudah dinilai untuk NIP ini; sebutkan period");
        }
        return rated.isEmpty() ? found.get(0) : rated.get(0);
    }

    private static Optional<Period> period(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(Period.parse(text).orElseThrow(() -> new IllegalArgumentException("period: periode '"
                + DecisionReplay.shown(text) + "' tidak sah; tulis 2026 (tahunan) atau 2026-Q1 ... 2026-Q4")));
    }

    static List<Difference> differences(StoredPredikatCheck.Verdict inForce, StoredPredikatCheck.Verdict latest) {
        if (Objects.equals(inForce.result(), latest.result())) {
            return List.of();
        }
        return List.of(new Difference(StoredPredikatCheck.CRITERION, describe(inForce), describe(latest)));
    }

    private static String describe(StoredPredikatCheck.Verdict verdict) {
        StoredPredikatCheck.Reason reason = verdict.reasons().get(0);
        return (verdict.result() == null ? "tanpa predikat" : verdict.result()) + " (" + reason.value()
                + (reason.rule() == null ? "" : "; baris " + reason.rule()) + ")";
    }
}
