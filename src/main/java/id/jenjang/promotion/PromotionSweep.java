package id.jenjang.promotion;

import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Golongan;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * One page of the monthly sweep (1st of the month, the BKN promotion periods): of the next active employees in
 * NIP order, everyone eligible for KP reguler to the next rank on the KP period date and without a case open
 * for it gets one, nominated by SISTEM; those who cannot be judged yet ("belum dapat dinilai") are counted, not
 * opened.
 *
 * <p>A page is one transaction (one job of {@code Task_SweepEligible}), bounded by the page size so that it ends
 * well inside the job executor's lock (docs/adr/0009-job-lock-and-bounded-pieces.md): the engine cannot renew a
 * lock, and a job still running when its lock runs out is taken by another node. A crash or a failed start rolls
 * back every case the page opened together with the page's progress; the re-run opens them again, once. A page
 * run twice at the same time (its node outlived the lock) opens each case once: the first to commit wins, the
 * other fails on the job's version or on {@code promotion_case.open_key} and rolls back whole. Each candidate is
 * checked against the running cases first, so a page over people whose cases exist opens nothing.
 */
@Service
public class PromotionSweep {

    /** What a page did: the last NIP read (the next page's cursor), its counts, whether the employees ran out. */
    public record Page(String lastNip, int read, int checked, int opened, int notAssessable, boolean done) {
    }

    private final EmployeeRepository employees;
    private final EligibilityService eligibility;
    private final RuntimeService runtimeService;
    private final int pageSize;

    public PromotionSweep(EmployeeRepository employees, EligibilityService eligibility, RuntimeService runtimeService,
            @Value("${jenjang.promotion.sweep-page-size:50}") int pageSize) {
        if (pageSize < 1 || pageSize > 5_000) {
            throw new IllegalArgumentException("jenjang.promotion.sweep-page-size must be 1 to 5000: " + pageSize);
        }
        this.employees = employees;
        this.eligibility = eligibility;
        this.runtimeService = runtimeService;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /**
     * Sweeps the page after {@code afterNip} (null or "" for the first) as a nomination made on {@code today}
     * would be judged: for its KP period ({@link KpPeriod#forNomination}), the same period the opened case
     * checks, so the case agrees with the sweep that opened it.
     */
    public Page sweepPage(String afterNip, LocalDate today) {
        LocalDate period = KpPeriod.forNomination(today);
        List<Employee> page = employees.activeAfter(afterNip, pageSize);
        // every candidate of the page is judged by the same rows and ceilings: looked up once per page
        EligibilityService judge = eligibility.rememberingRules();
        int checked = 0;
        int opened = 0;
        int notAssessable = 0;
        for (Employee e : page) {
            if (e.golongan() == Golongan.IV_E) {
                continue;
            }
            checked++;
            String target = Golongan.values()[e.golongan().ordinal() + 1].label();
            String key = PromotionProcess.businessKey(e.nip(), PromotionType.KP_REGULER.name(), target);
            if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
                continue;
            }
            EligibilityResult result = judge.evaluate(e.nip(), PromotionType.KP_REGULER, target, null, period);
            if (!result.eligible()) {
                // "belum dapat dinilai" is no verdict: nothing is opened, so nothing is published either
                notAssessable += result.assessable() ? 0 : 1;
                continue;
            }
            runtimeService.startProcessInstanceByKey(PromotionProcess.KEY, key, nomination(e.nip(), target, today,
                    period));
            opened++;
        }
        String last = page.isEmpty() ? afterNip : page.get(page.size() - 1).nip();
        return new Page(last, page.size(), checked, opened, notAssessable, page.size() < pageSize);
    }

    private static Map<String, Object> nomination(String nip, String target, LocalDate today, LocalDate period) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PromotionProcess.Variables.NIP.name(), nip);
        variables.put(PromotionProcess.Variables.PROMOTION_TYPE.name(), PromotionType.KP_REGULER.name());
        variables.put(PromotionProcess.Variables.TARGET_RANK.name(), target);
        variables.put(PromotionProcess.Variables.NOMINATOR_NIP.name(), PromotionProcess.SYSTEM_NOMINATOR);
        variables.put(PromotionProcess.Variables.NOMINATION_REASON.name(), "Penyapuan bulanan " + today
                + ": memenuhi syarat kenaikan pangkat reguler periode " + period + " menurut data kepegawaian");
        return variables;
    }
}
