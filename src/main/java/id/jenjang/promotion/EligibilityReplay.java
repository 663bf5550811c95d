package id.jenjang.promotion;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Golongan;
import id.jenjang.rules.DecisionReplay;
import id.jenjang.rules.RulesInForce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eligibility judged twice for the same person and date: under the version in force on that date and under the
 * latest deployed one, with the criteria whose outcome or requirement differ. The same {@link EligibilityService}
 * logic runs both times, only the rule rows differ; nothing is written (read-only transaction, and the rows
 * come from a standalone DMN engine, so not even the engine's decision history grows).
 */
@Service
public class EligibilityReplay implements DecisionReplay {

    private final EligibilityService inForce;
    private final EligibilityService latest;
    private final EmployeeRepository employees;

    EligibilityReplay(EmployeeRepository employees, PromotionRecords records, DeployedEligibilityRules deployed,
            RulesInForce rules, DeployedEducationCeilings ceilings, ObjectMapper json) {
        this.employees = employees;
        // each side with the education ceiling table of its own kind: in force on the date, or the latest deployed
        this.inForce = new EligibilityService(employees, records, (type, position, date) -> deployed
                .rulesWithoutHistory(rules.inForce(DeployedEligibilityRules.DECISION_KEY, date), type, position),
                ceilings, json);
        this.latest = new EligibilityService(employees, records, (type, position, date) -> deployed
                .rulesWithoutHistory(rules.latest(DeployedEligibilityRules.DECISION_KEY), type, position),
                (pendidikan, date) -> ceilings.ceiling(rules.latest(EducationCeilings.DECISION_KEY), pendidikan),
                json);
    }

    /** One answer: the version, whether eligible, and every criterion as the reasons list it. */
    public record Answer(int version, String versionTag, String result, List<EligibilityCriterion> reasons) {

        static Answer of(EligibilityResult r) {
            return new Answer(r.rule().decisionVersion(), r.rule().versionTag(),
                    r.eligible() ? "MEMENUHI_SYARAT" : "TIDAK_MEMENUHI_SYARAT", r.criteria());
        }
    }

    /** A criterion judged differently by the two versions (absent from one of them: null on that side). */
    public record Difference(Criterion criterion, String inForce, String latest) {
    }

    public record Replay(Answer inForce, Answer latest, List<Difference> differences) {
    }

    @Override
    public String decisionKey() {
        return DeployedEligibilityRules.DECISION_KEY;
    }

    /** Parameters {@code date} (required), {@code promotionType}, {@code target}, as in the method below. */
    @Override
    @Transactional(readOnly = true)
    public Replayed replay(Request request) {
        if (request.date() == null) {
            throw new IllegalArgumentException("date: wajib diisi (yyyy-mm-dd), misalnya tanggal periode KP");
        }
        Replay replay = replay(request.nip(), request.parameter("promotionType"), request.parameter("target"),
                request.date());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("inForce", replay.inForce());
        fields.put("latest", replay.latest());
        fields.put("differences", replay.differences());
        return new Replayed(request.date(), fields);
    }

    /**
     * @param type        KP_REGULER when null
     * @param target      for KP: the next rank above the employee's when null; for JABATAN the post
     * @throws IllegalArgumentException for an unknown employee, type or target (the caller's 400)
     */
    @Transactional(readOnly = true)
    public Replay replay(String nip, String type, String target, LocalDate date) {
        PromotionType promotionType = type == null ? PromotionType.KP_REGULER : promotionType(type);
        String rank = null;
        String position = null;
        if (promotionType.byRank()) {
            rank = target != null ? target : nextRank(nip);
        } else {
            if (target == null || target.isBlank()) {
                throw new IllegalArgumentException("target: wajib diisi untuk usulan JABATAN (ADMINISTRATOR, PENGAWAS)");
            }
            position = target;
        }
        Answer now = Answer.of(inForce.evaluate(nip, promotionType, rank, position, date));
        Answer last = Answer.of(latest.evaluate(nip, promotionType, rank, position, date));
        return new Replay(now, last, differences(now.reasons(), last.reasons()));
    }

    private String nextRank(String nip) {
        Golongan current = employees.find(nip)
                .orElseThrow(() -> new IllegalArgumentException("nip: pegawai dengan NIP " + nip + " tidak dikenal"))
                .golongan();
        Golongan[] all = Golongan.values();
        if (current.ordinal() + 1 >= all.length) {
            throw new IllegalArgumentException("target: pegawai " + nip + " sudah di pangkat tertinggi; sebutkan target");
        }
        return all[current.ordinal() + 1].label();
    }

    private static List<Difference> differences(List<EligibilityCriterion> a, List<EligibilityCriterion> b) {
        List<Difference> found = new ArrayList<>();
        List<Criterion> seen = new ArrayList<>();
        for (EligibilityCriterion c : a) {
            seen.add(c.criterion());
            Optional<EligibilityCriterion> other = b.stream().filter(o -> o.criterion() == c.criterion()).findFirst();
            String here = describe(c);
            String there = other.map(EligibilityReplay::describe).orElse(null);
            if (!here.equals(there)) {
                found.add(new Difference(c.criterion(), here, there));
            }
        }
        b.stream().filter(o -> !seen.contains(o.criterion()))
                .forEach(o -> found.add(new Difference(o.criterion(), null, describe(o))));
        return found;
    }

    private static String describe(EligibilityCriterion c) {
        return c.result() + ": " + c.requirement() + " (dilihat: " + c.value() + ")";
    }

    private static PromotionType promotionType(String type) {
        try {
            return PromotionType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("promotionType: jenis usulan '" + DecisionReplay.shown(type)
                    + "' tidak dikenal; pilihan: "
                    + String.join(", ", Arrays.stream(PromotionType.values()).map(Enum::name).toList()), e);
        }
    }
}
