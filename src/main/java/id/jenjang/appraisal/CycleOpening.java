package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Unit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts the employee appraisals of a cycle one page at a time. A page is one transaction (one job): a crash
 * rolls back its instances and its rows together, and a re-run skips employees who already have an appraisal
 * for the period, so nobody is started twice or skipped.
 */
@Service
public class CycleOpening {

    /** What a page did: the last NIP read, and whether the scope is exhausted. */
    public record Page(String lastNip, int read, int startedNow, boolean done) {
    }

    /** The cycle's settings every employee appraisal inherits. */
    public record CycleSettings(String cycleKey, Period period, String unitCode, Set<String> units,
            String selfAssessmentDue, String ratingDue) {
    }

    private final CycleScope scope;
    private final AppraisalRepository appraisals;
    private final EmployeeRepository employees;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final AppraisalSettings settings;
    private final Clock clock;

    public CycleOpening(CycleScope scope, AppraisalRepository appraisals, EmployeeRepository employees,
            RuntimeService runtimeService, RepositoryService repositoryService, AppraisalSettings settings,
            Clock clock) {
        this.scope = scope;
        this.appraisals = appraisals;
        this.employees = employees;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.settings = settings;
        this.clock = clock;
    }

    public Page openPage(CycleSettings cycle, String afterNip, String upToNip) {
        List<CycleScope.Member> members = scope.page(cycle.units(), afterNip, upToNip, settings.chunkSize());
        String period = cycle.period().toString();
        Set<String> already = appraisals.existing(period, members.stream().map(CycleScope.Member::nip).toList());
        Map<String, Unit> units = employees.findAllUnits();
        Date now = Date.from(clock.instant());
        Date selfDue = Durations.plus(now, cycle.selfAssessmentDue(), clock.getZone());
        // the latest definition once per page, not once per employee (each lookup by key is a query)
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(EmployeeAppraisalProcess.KEY).latestVersion().singleResult().getId();
        List<AppraisalRepository.Seed> seeds = new ArrayList<>();
        for (CycleScope.Member m : members) {
            if (already.contains(m.nip())) {
                continue;
            }
            String instanceId = runtimeService.createProcessInstanceById(definitionId)
                    .businessKey(EmployeeAppraisalProcess.businessKey(m.nip(), period))
                    .setVariables(variables(cycle, m, selfDue))
                    .execute().getId();
            seeds.add(new AppraisalRepository.Seed(m.nip(), m.unitKode(),
                    scope.calibrationUnit(m.unitKode(), cycle.unitCode(), units), m.raterNip(), m.reviewerNip(),
                    instanceId));
        }
        appraisals.insert(period, cycle.cycleKey(), seeds);
        String last = members.isEmpty() ? afterNip : members.get(members.size() - 1).nip();
        return new Page(last, members.size(), seeds.size(), members.size() < settings.chunkSize());
    }

    /**
     * What the forms, task names and mails show, and the routing needs. Every variable is three rows (runtime,
     * history, detail), so what can be derived is not stored: whether the period is annual, the reminder date,
     * the objection window (see {@link AppraisalRouting}); selfAssessmentMissing is set when the self-assessment
     * ends.
     */
    private Map<String, Object> variables(CycleSettings cycle, CycleScope.Member m, Date selfDue) {
        Map<String, Object> v = new HashMap<>();
        v.put(NIP.name(), m.nip());
        v.put(PERIOD.name(), cycle.period().toString());
        v.put(PERIOD_LABEL.name(), cycle.period().label());
        v.put(RATER_NIP.name(), m.raterNip());
        v.put(REVIEWER_NIP.name(), m.reviewerNip());
        v.put(EMPLOYEE_NAME.name(), m.nama());
        v.put(EMPLOYEE_JABATAN.name(), m.jabatan());
        v.put(UNIT_NAME.name(), m.unitNama());
        v.put(RATER_NAME.name(), m.raterNama());
        v.put(REVIEWER_NAME.name(), m.reviewerNama() == null ? "Pejabat Pembina Kepegawaian" : m.reviewerNama());
        v.put(SELF_ASSESSMENT_DUE_DATE.name(), selfDue);
        v.put("ratingDue", cycle.ratingDue());
        return v;
    }
}
