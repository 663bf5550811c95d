package id.jenjang.promotion;

import static id.jenjang.promotion.EligibilityCriterion.Result.FAIL;
import static id.jenjang.promotion.EligibilityCriterion.Result.NEEDS_VERIFICATION;
import static id.jenjang.promotion.EligibilityCriterion.Result.NOT_ASSESSABLE;
import static id.jenjang.promotion.EligibilityCriterion.Result.PASS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.appraisal.Predikat;
import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Golongan;
import id.jenjang.employee.JenisJabatan;
import id.jenjang.employee.Pendidikan;
import id.jenjang.employee.Penugasan;
import id.jenjang.promotion.EligibilityCriterion.Result;
import id.jenjang.promotion.PromotionRecords.Sanction;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Decides whether a candidate may be put forward (domain rules, section 3): the DMN
 * (processes/promotion-eligibility.dmn) says which criteria apply and their thresholds, this class checks each
 * against the master data and records what it saw. Every criterion is reported, passed or not, because the
 * reasons are sent to the candidate and the nominator. The day judged is a parameter: the KP period date
 * ({@link KpPeriod}) in the process and the sweep, so that a boundary such as "exactly 4 years" is decided for
 * the date the regulation names, not for whenever the code happens to run.
 */
@Service
public class EligibilityService {

    /** Leadership posts: seconded holders of one stay out of KP reguler (Peraturan BKN 2/2025). */
    private static final java.util.Set<JenisJabatan> LEADERSHIP = java.util.EnumSet.of(JenisJabatan.JPT,
            JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS);

    private final EmployeeRepository employees;
    private final PromotionRecords records;
    private final EligibilityRules rules;
    private final EducationCeilings ceilings;
    private final ObjectMapper json;

    EligibilityService(EmployeeRepository employees, PromotionRecords records, EligibilityRules rules,
            EducationCeilings ceilings, ObjectMapper json) {
        this.employees = employees;
        this.records = records;
        this.rules = rules;
        this.ceilings = ceilings;
        this.json = json;
    }

    /**
     * The same judge for many candidates in one go (a sweep page): the rows in force on a date and each
     * education's ceiling are looked up once and remembered, instead of one DMN evaluation of each per
     * candidate (together over half of a sweep page's time, docs/performance.md). Same verdicts as this
     * service; a redeployed or newly dated rule counts from the next page. Not for a case's own judgement,
     * whose evaluation is recorded in the engine's decision history.
     */
    public EligibilityService rememberingRules() {
        Map<List<Object>, EligibilityRules.Applicable> rows = new HashMap<>();
        Map<List<Object>, EducationCeilings.Ceiling> ceilingOf = new HashMap<>();
        EligibilityRules remembered = (type, position, date) -> rows.computeIfAbsent(
                List.of(type, Objects.toString(position, ""), date), k -> rules.rules(type, position, date));
        EducationCeilings rememberedCeilings = (pendidikan, date) -> ceilingOf.computeIfAbsent(
                List.of(Objects.toString(pendidikan, ""), date), k -> ceilings.ceiling(pendidikan, date));
        return new EligibilityService(employees, records, remembered, rememberedCeilings, json);
    }

    /** What is being asked for, about whom and on which day. */
    private record Case(Employee employee, Golongan targetRank, JenisJabatan targetPosition, LocalDate today) {
    }

    /**
     * @param targetRank     the rank asked for (e.g. "III/c"), for KP_REGULER and KP_PILIHAN
     * @param targetPosition the kind of post asked for (ADMINISTRATOR, PENGAWAS), for JABATAN
     * @throws IllegalArgumentException when the employee, the target or its rules are unknown
     */
    public EligibilityResult evaluate(String nip, PromotionType type, String targetRank, String targetPosition,
            LocalDate today) {
        Objects.requireNonNull(type, "promotionType");
        Objects.requireNonNull(today, "today");
        Employee employee = employees.find(nip)
                .orElseThrow(() -> new IllegalArgumentException("Pegawai dengan NIP " + nip + " tidak dikenal"));
        Golongan rank = null;
        JenisJabatan position = null;
        if (type.byRank()) {
            rank = Golongan.fromLabel(targetRank).orElseThrow(() -> new IllegalArgumentException("Pangkat tujuan '"
                    + targetRank + "' tidak dikenal; pilihan: " + String.join(", ", Golongan.labels())));
        } else {
            position = position(targetPosition);
        }
        EligibilityRules.Applicable inForce = rules.rules(type, position == null ? null : position.name(), today);
        List<EligibilityRule> applicable = inForce.rows();
        // shared rows (predikat, discipline) match any post: without its own time rule an unknown post would
        // be judged on those alone and pass
        if (applicable.isEmpty() || (position != null
                && applicable.stream().noneMatch(r -> r.criterion() == Criterion.MASA_JABATAN))) {
            throw new IllegalArgumentException("Tidak ada syarat untuk " + type
                    + (position == null ? "" : " ke jabatan " + position) + " di "
                    + DeployedEligibilityRules.DECISION_KEY + ".dmn");
        }
        Case c = new Case(employee, rank, position, today);
        return EligibilityResult.of(applicable.stream().map(rule -> check(rule, c)).toList(), inForce.version());
    }

    /** The process variable {@code eligibilityReasons}: a JSON list of {criterion, label, value, requirement, result}. */
    public String reasonsJson(EligibilityResult result) {
        try {
            return json.writeValueAsString(result.criteria());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eligibilityReasons tidak dapat ditulis sebagai JSON", e);
        }
    }

    private EligibilityCriterion check(EligibilityRule rule, Case c) {
        return switch (rule.criterion()) {
            case JENIS_JABATAN -> kindOfPost(rule, c);
            case MASA_KERJA_GOLONGAN -> yearsInRank(rule, c);
            case MASA_JABATAN -> yearsInPost(rule, c);
            case PREDIKAT_TAHUNAN -> annualPredikat(rule, c);
            case HUKUMAN_DISIPLIN -> discipline(rule, c);
            case PANGKAT_TUJUAN -> rankStep(rule, c);
            case PANGKAT_ATASAN -> supervisorRank(c);
            case PANGKAT_PENDIDIKAN -> educationCeiling(c);
            case UJIAN_DINAS -> serviceExam(rule, c);
            case ANGKA_KREDIT -> EligibilityCriterion.of(Criterion.ANGKA_KREDIT, "tidak ada di data induk",
                    "angka kredit kumulatif yang dipersyaratkan untuk pangkat " + c.targetRank().label(),
                    NEEDS_VERIFICATION);
            case PENDIDIKAN -> education(rule, c);
        };
    }

    /** Exactly N years to the day passes: TMT 2022-11-22 has 4 years on 2026-11-22. */
    private static boolean atLeastYears(LocalDate since, int years, LocalDate today) {
        return !since.plusYears(years).isAfter(today);
    }

    /**
     * Peraturan BKN 2/2025: KP reguler is for PNS without a structural or functional post, and for those on study
     * leave or seconded outside their agency without a leadership post (whatever post the master data last
     * recorded). A functional post holder is told which route is theirs, so the refusal is not read as a
     * judgement of their record.
     */
    private static EligibilityCriterion kindOfPost(EligibilityRule rule, Case c) {
        JenisJabatan jenis = c.employee().jenisJabatan();
        Penugasan penugasan = c.employee().penugasan();
        String value = "jabatan sekarang " + words(jenis) + (penugasan == null ? "" : ", " + penugasan.words());
        boolean passes = jenis == rule.fromJabatan() || penugasan == Penugasan.TUGAS_BELAJAR
                || (penugasan != null && !LEADERSHIP.contains(jenis));
        if (jenis == JenisJabatan.FUNGSIONAL && !passes) {
            value += "; kenaikan pangkat jabatan fungsional melalui KP pilihan";
        }
        return EligibilityCriterion.of(Criterion.JENIS_JABATAN, value, "jabatan " + words(rule.fromJabatan())
                .toLowerCase(Locale.ROOT) + ", atau tugas belajar, atau dipekerjakan/diperbantukan di luar instansi"
                + " induk tanpa jabatan pimpinan", pass(passes));
    }

    private static EligibilityCriterion yearsInRank(EligibilityRule rule, Case c) {
        Employee e = c.employee();
        return EligibilityCriterion.of(Criterion.MASA_KERJA_GOLONGAN,
                e.golongan().label() + ", " + since("TMT golongan", e.tmtGolongan(), c.today()),
                "paling sedikit " + rule.years() + " tahun sejak TMT golongan",
                pass(atLeastYears(e.tmtGolongan(), rule.years(), c.today())));
    }

    /**
     * Years in the current post count from TMT jabatan. Not every import carries it: without it the years since
     * TMT golongan are the available stand-in, and the value says which date was used, so the candidate and BKPSDM
     * can tell an approximation from a record.
     */
    private static EligibilityCriterion yearsInPost(EligibilityRule rule, Case c) {
        Employee e = c.employee();
        boolean samePost = e.jenisJabatan() == rule.fromJabatan();
        boolean recorded = e.tmtJabatan() != null;
        LocalDate since = recorded ? e.tmtJabatan() : e.tmtGolongan();
        String seen = recorded ? since("TMT jabatan", since, c.today()) : since("TMT golongan", since, c.today())
                + " (TMT jabatan tidak ada di data induk; TMT golongan dipakai sebagai perkiraan)";
        return EligibilityCriterion.of(Criterion.MASA_JABATAN,
                "jabatan sekarang " + words(e.jenisJabatan()) + ", " + seen,
                "paling sedikit " + rule.years() + " tahun sebagai " + words(rule.fromJabatan()),
                pass(samePost && atLeastYears(since, rule.years(), c.today())));
    }

    /**
     * The last N annual results final on the day judged (the KP period date): from the latest year that must be
     * final then ({@link KpPeriod#lastAnnualYear}) backwards, the years named in the value and the requirement.
     * A result below the minimum fails. A year without a result is not a verdict: the criterion is "belum dapat
     * dinilai" and says which year is missing, so missing data never passes as good nor publishes a refusal.
     */
    private EligibilityCriterion annualPredikat(EligibilityRule rule, Case c) {
        Map<Integer, Predikat> results = records.annualResults(c.employee().nip());
        int latest = KpPeriod.lastAnnualYear(c.today());
        List<String> seen = new ArrayList<>();
        List<String> years = new ArrayList<>();
        boolean ok = true;
        boolean missing = false;
        for (int year = latest; year > latest - rule.years(); year--) {
            years.add(String.valueOf(year));
            Predikat predikat = results.get(year);
            if (predikat == null) {
                seen.add(year + ": belum final, belum dapat dinilai");
                missing = true;
            } else {
                seen.add(year + ": " + predikat.label());
                // Predikat is ordered best first
                ok &= predikat.ordinal() <= rule.minPredikat().ordinal();
            }
        }
        return EligibilityCriterion.of(Criterion.PREDIKAT_TAHUNAN, String.join("; ", seen),
                "paling rendah " + rule.minPredikat().label() + " pada setiap penilaian tahunan " + rule.years()
                        + " tahun terakhir yang final pada " + c.today() + " (tahun " + String.join(" dan ", years)
                        + ")",
                !ok ? FAIL : missing ? NOT_ASSESSABLE : PASS);
    }

    /**
     * A sanction blocks while it runs: no end date, or an end date on the day judged or later (ended the day
     * before passes). A record without a level is an examination still going on; PP 94/2021 blocks promotion
     * during it whatever level it may end in, so it blocks under any row of this criterion.
     */
    private EligibilityCriterion discipline(EligibilityRule rule, Case c) {
        List<Sanction> all = records.sanctions(c.employee().nip());
        List<Sanction> blocking = all.stream()
                .filter(s -> s.underExamination() || rule.blockingTingkat().contains(s.tingkat()))
                .filter(s -> s.selesai() == null || !s.selesai().isBefore(c.today())).toList();
        String value;
        List<Sanction> served = blocking.stream().filter(s -> !s.underExamination()).toList();
        List<Sanction> examined = blocking.stream().filter(Sanction::underExamination).toList();
        if (!blocking.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!served.isEmpty()) {
                parts.add("sedang dijalani: " + describe(served));
            }
            if (!examined.isEmpty()) {
                parts.add("sedang diperiksa, tingkat hukuman belum ditetapkan: " + describe(examined));
            }
            value = String.join("; ", parts);
        } else if (all.isEmpty()) {
            value = "tidak ada hukuman disiplin tercatat";
        } else {
            value = "tidak ada yang sedang dijalani; tercatat: " + describe(all);
        }
        return EligibilityCriterion.of(Criterion.HUKUMAN_DISIPLIN, value,
                "tidak sedang menjalani hukuman disiplin tingkat "
                        + rule.blockingTingkat().stream().map(EligibilityService::words)
                                .collect(Collectors.joining(" atau "))
                        + " dan tidak sedang diperiksa (PP 94/2021)",
                pass(blocking.isEmpty()));
    }

    private static EligibilityCriterion rankStep(EligibilityRule rule, Case c) {
        Golongan current = c.employee().golongan();
        int steps = c.targetRank().ordinal() - current.ordinal();
        return EligibilityCriterion.of(Criterion.PANGKAT_TUJUAN,
                current.label() + " ke " + c.targetRank().label() + " (" + steps + " tingkat)",
                "tepat " + rule.rankSteps() + " tingkat di atas pangkat sekarang",
                pass(steps == rule.rankSteps()));
    }

    private EligibilityCriterion supervisorRank(Case c) {
        String requirement = "paling tinggi sama dengan pangkat atasan langsung";
        String nipAtasan = c.employee().nipAtasan();
        if (nipAtasan == null) {
            return EligibilityCriterion.of(Criterion.PANGKAT_ATASAN, "tidak ada atasan", requirement, PASS);
        }
        return employees.find(nipAtasan)
                .map(atasan -> EligibilityCriterion.of(Criterion.PANGKAT_ATASAN,
                        "tujuan " + c.targetRank().label() + ", atasan langsung " + atasan.golongan().label(),
                        requirement, pass(c.targetRank().ordinal() <= atasan.golongan().ordinal())))
                // the import refuses unknown supervisors, so only a hand-edited row gets here: let HR look
                .orElseGet(() -> EligibilityCriterion.of(Criterion.PANGKAT_ATASAN,
                        "atasan langsung tercatat tetapi tidak ada di data induk", requirement, NEEDS_VERIFICATION));
    }

    /**
     * Peraturan BKN 2/2025: KP reguler goes up to the highest rank for the employee's education, whatever the
     * supervisor's rank, in the ceiling table in force on the day judged (the KP period date), which the criterion
     * names. An education the table does not list is for BKPSDM to look at, not a refusal.
     */
    private EligibilityCriterion educationCeiling(Case c) {
        Pendidikan pendidikan = c.employee().pendidikan();
        EducationCeilings.Ceiling ceiling = ceilings.ceiling(pendidikan, c.today());
        String requirement = "paling tinggi pangkat tertinggi untuk pendidikan terakhir (tabel "
                + EducationCeilings.DECISION_KEY + ")";
        return ceiling.max()
                .map(max -> EligibilityCriterion.byCeiling(Criterion.PANGKAT_PENDIDIKAN, "tujuan "
                        + c.targetRank().label() + ", pendidikan " + pendidikan.name() + " paling tinggi "
                        + max.label(), requirement, pass(c.targetRank().ordinal() <= max.ordinal()),
                        ceiling.version()))
                .orElseGet(() -> EligibilityCriterion.byCeiling(Criterion.PANGKAT_PENDIDIKAN, "tujuan "
                        + c.targetRank().label() + ", pendidikan " + pendidikan.name()
                        + " tidak ada di tabel pangkat tertinggi", requirement, NEEDS_VERIFICATION,
                        ceiling.version()));
    }

    /** Master data does not record the service exam: crossing into a listed golongan is for BKPSDM to verify. */
    private static EligibilityCriterion serviceExam(EligibilityRule rule, Case c) {
        Golongan current = c.employee().golongan();
        Golongan target = c.targetRank();
        String move = current.label() + " ke " + target.label() + ": ";
        String requirement = "lulus ujian dinas bila naik ke golongan " + String.join(" atau ", rule.examGroups())
                + " dari golongan di bawahnya";
        if (target.ordinal() <= current.ordinal() || current.group().equals(target.group())) {
            return EligibilityCriterion.of(Criterion.UJIAN_DINAS, move + "tidak melewati golongan", requirement,
                    PASS);
        }
        if (!rule.examGroups().contains(target.group())) {
            return EligibilityCriterion.of(Criterion.UJIAN_DINAS, move + "masuk golongan " + target.group()
                    + ", tidak memerlukan ujian dinas", requirement, PASS);
        }
        return EligibilityCriterion.of(Criterion.UJIAN_DINAS, move + "masuk golongan " + target.group()
                + "; kelulusan ujian dinas tidak ada di data induk", requirement, NEEDS_VERIFICATION);
    }

    private static EligibilityCriterion education(EligibilityRule rule, Case c) {
        Pendidikan pendidikan = c.employee().pendidikan();
        String accepted = Arrays.stream(Pendidikan.values()).filter(p -> p.ordinal() >= rule.minPendidikan().ordinal())
                .map(Pendidikan::name).collect(Collectors.joining(", "));
        return EligibilityCriterion.of(Criterion.PENDIDIKAN, pendidikan.name(),
                "paling rendah " + rule.minPendidikan() + " (" + accepted + ")",
                pass(pendidikan.ordinal() >= rule.minPendidikan().ordinal()));
    }

    private static JenisJabatan position(String targetPosition) {
        try {
            return JenisJabatan.valueOf(Objects.requireNonNull(targetPosition, "targetPosition"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Jabatan tujuan '" + targetPosition + "' tidak dikenal; pilihan: "
                    + Arrays.stream(JenisJabatan.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }

    private static Result pass(boolean ok) {
        return ok ? PASS : FAIL;
    }

    /** "4 tahun 0 bulan 0 hari sejak TMT golongan 2022-11-22", {@code which} naming the date. */
    private static String since(String which, LocalDate tmt, LocalDate today) {
        if (tmt.isAfter(today)) {
            return which + " " + tmt + " belum berlaku pada " + today;
        }
        Period p = Period.between(tmt, today);
        return p.getYears() + " tahun " + p.getMonths() + " bulan " + p.getDays() + " hari sejak " + which + " " + tmt;
    }

    private static String describe(List<Sanction> sanctions) {
        return sanctions.stream().map(s -> (s.underExamination() ? "pemeriksaan sejak" : words(s.tingkat())) + " "
                        + s.mulai()
                        + (s.selesai() == null ? " sampai sekarang (belum selesai)" : " s.d. " + s.selesai()))
                .collect(Collectors.joining(", "));
    }

    /** PENGAWAS -> "Pengawas", as the reasons are read by people. */
    private static String words(Enum<?> value) {
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
