package id.jenjang.promotion;

import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Golongan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The monthly sweep (1st of the month, the BKN promotion periods): every active employee who is eligible for
 * KP reguler to the next rank on the KP period date and has no case open for it gets one, nominated by SISTEM.
 * Those who cannot be judged yet ("belum dapat dinilai") are counted, not opened. Records {@code opened},
 * {@code checked} and {@code notAssessable} on its instance for Cockpit.
 */
@Component
public class SweepEligibleDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SweepEligibleDelegate.class);

    private final EmployeeRepository employees;
    private final EligibilityService eligibility;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public SweepEligibleDelegate(EmployeeRepository employees, EligibilityService eligibility,
            RuntimeService runtimeService, Clock clock) {
        this.employees = employees;
        this.eligibility = eligibility;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        // the same period a nomination made today is judged for, so the case it opens agrees with this check
        LocalDate period = KpPeriod.forNomination(today);
        int checked = 0;
        int opened = 0;
        int notAssessable = 0;
        for (Employee e : employees.findAll().values()) {
            if (!e.aktif() || e.golongan() == Golongan.IV_E) {
                continue;
            }
            checked++;
            String target = Golongan.values()[e.golongan().ordinal() + 1].label();
            String key = PromotionProcess.businessKey(e.nip(), PromotionType.KP_REGULER.name(), target);
            if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
                continue;
            }
            EligibilityResult result = eligibility.evaluate(e.nip(), PromotionType.KP_REGULER, target, null, period);
            if (!result.eligible()) {
                // "belum dapat dinilai" is no verdict: nothing is opened, so nothing is published either
                notAssessable += result.assessable() ? 0 : 1;
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("nip", e.nip());
            variables.put("promotionType", PromotionType.KP_REGULER.name());
            variables.put("targetRank", target);
            variables.put("nominatorNip", PromotionProcess.SYSTEM_NOMINATOR);
            variables.put("nominationReason", "Penyapuan bulanan " + today + ": memenuhi syarat kenaikan pangkat"
                    + " reguler periode " + period + " menurut data kepegawaian");
            runtimeService.startProcessInstanceByKey(PromotionProcess.KEY, key, variables);
            opened++;
        }
        execution.setVariable("checked", checked);
        execution.setVariable("opened", opened);
        execution.setVariable("notAssessable", notAssessable);
        log.info("Promotion sweep {} for period {}: {} employees checked, {} cases opened, {} not assessable yet",
                today, period, checked, opened, notAssessable);
    }
}
