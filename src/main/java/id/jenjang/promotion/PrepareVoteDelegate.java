package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who votes: every member of the TPK except those with a conflict of interest (the candidate, the nominator,
 * the candidate's rater and reviewer). The committee must be at least {@code jenjang.promotion.tpk.min-voters}
 * (3) and, while {@code jenjang.promotion.tpk.odd-count} holds, odd; otherwise this asynchronous step fails into
 * an incident that BKPSDM sees in Cockpit, instead of deciding by a silent tie.
 */
@Component
public class PrepareVoteDelegate implements JavaDelegate {

    private final IdentityService identityService;
    private final EmployeeRepository employees;
    private final PromotionCaseRepository cases;
    private final int minVoters;
    private final boolean oddCount;

    public PrepareVoteDelegate(IdentityService identityService, EmployeeRepository employees,
            PromotionCaseRepository cases, @Value("${jenjang.promotion.tpk.min-voters:3}") int minVoters,
            @Value("${jenjang.promotion.tpk.odd-count:true}") boolean oddCount) {
        if (minVoters < 1) {
            throw new IllegalArgumentException("jenjang.promotion.tpk.min-voters must be at least 1: " + minVoters);
        }
        this.minVoters = minVoters;
        this.oddCount = oddCount;
        this.identityService = identityService;
        this.employees = employees;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String candidate = NIP.require(execution);
        Set<String> conflicted = new TreeSet<>();
        conflicted.add(candidate);
        conflicted.add(NOMINATOR_NIP.get(execution));
        Employee employee = employees.find(candidate).orElseThrow();
        if (employee.nipAtasan() != null) {
            conflicted.add(employee.nipAtasan());
            employees.find(employee.nipAtasan()).map(Employee::nipAtasan).ifPresent(conflicted::add);
        }
        List<String> voters = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (User member : identityService.createUserQuery().memberOfGroup(Groups.TPK).orderByUserId().asc().list()) {
            (conflicted.contains(member.getId()) ? excluded : voters).add(member.getId());
        }
        if (voters.size() < minVoters || oddCount && voters.size() % 2 == 0) {
            throw new IllegalStateException("TPK tidak sah untuk " + execution.getProcessBusinessKey() + ": "
                    + voters.size() + " anggota berhak memilih (dikecualikan karena konflik kepentingan: "
                    + excluded.size() + "); diperlukan jumlah " + (oddCount ? "ganjil, " : "") + "paling sedikit "
                    + minVoters
                    + ". Perbaiki keanggotaan kelompok tpk di Admin, lalu ulangi tugas ini di Cockpit.");
        }
        VOTERS.set(execution, voters);
        execution.setVariable("excludedVoters", excluded);
        cases.updateStatus(execution.getProcessInstanceId(), PromotionStatus.TPK);
    }
}
