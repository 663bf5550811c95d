package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeAccess;
import id.jenjang.employee.Golongan;
import id.jenjang.process.FormValidation;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The nomination, in the starting transaction: candidate, type and target checked, business key
 * {@code <nip>:<type>:<target>}, one open case per key (checked here for a clear answer, and held by the unique
 * open key of promotion_case for the race that the check cannot see), the case registered and the first audit
 * entry written.
 * The nominator is whoever starts it (a supervisor in Tasklist), or SISTEM for the monthly sweep.
 */
@Component
public class RegisterNominationDelegate implements JavaDelegate {

    private final PromotionFacts facts;
    private final PromotionCaseRepository cases;
    private final PromotionAuditLog audit;
    private final RuntimeService runtimeService;
    private final EmployeeAccess access;

    public RegisterNominationDelegate(PromotionFacts facts, PromotionCaseRepository cases, PromotionAuditLog audit,
            RuntimeService runtimeService, EmployeeAccess access) {
        this.access = access;
        this.facts = facts;
        this.cases = cases;
        this.audit = audit;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Employee candidate = facts.candidate(execution);
        PromotionType type = facts.type(execution);
        String target = facts.target(execution);
        if (type == PromotionType.JABATAN) {
            if (!"PENGAWAS".equals(target) && !"ADMINISTRATOR".equals(target)) {
                throw new FormValidation(TARGET_POSITION.name(), "wajib diisi: PENGAWAS atau ADMINISTRATOR");
            }
        } else if (target == null || Golongan.fromLabel(target.trim()).isEmpty()) {
            throw new FormValidation(TARGET_RANK.name(), "golongan tujuan '" + target + "' tidak dikenal (mis. III/c)");
        }
        String reason = NOMINATION_REASON.get(execution);
        if (reason == null || reason.isBlank()) {
            throw new FormValidation(NOMINATION_REASON.name(), "wajib diisi: alasan pengusulan");
        }
        // in Tasklist the nominator is whoever starts, and must be above the candidate or in BKPSDM
        var context = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        String starter = context.getAuthenticatedUserId();
        String nominator = starter != null ? starter : NOMINATOR_NIP.get(execution);
        if (starter != null && !access.mayStartCaseFor(starter, context.getAuthenticatedGroupIds(), candidate.nip())) {
            throw new FormValidation(NIP.name(), "Anda bukan atasan pegawai ini dan bukan BKPSDM");
        }
        if (nominator == null || nominator.isBlank()) {
            nominator = PromotionProcess.SYSTEM_NOMINATOR;
        }
        String key = PromotionProcess.businessKey(candidate.nip(), type.name(), target.trim());
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PromotionProcess.KEY)
                .processInstanceBusinessKey(key).list().stream()
                .anyMatch(p -> !p.getId().equals(execution.getProcessInstanceId()))) {
            throw new FormValidation(NIP.name(), "usulan " + key + " masih berjalan");
        }
        cases.openCase(key).filter(holder -> !holder.equals(execution.getProcessInstanceId()))
                .filter(holder -> runtimeService.createProcessInstanceQuery().processInstanceId(holder).count() == 0)
                .ifPresent(cases::releaseOpenKey);
        execution.setProcessBusinessKey(key);
        NOMINATOR_NIP.set(execution, nominator);
        CANDIDATE_NAME.set(execution, candidate.nama());
        TARGET_LABEL.set(execution, type.targetLabel(target));
        try {
            cases.create(execution.getProcessInstanceId(), key, candidate.nip(), type.name(), target.trim());
        } catch (DuplicateKeyException raced) {
            // nominated at the same moment elsewhere (another Tasklist user, another node, the sweep): the unique
            // open key lets one case through; this start rolls back whole, so no second instance survives
            throw new FormValidation(NIP.name(), "usulan " + key + " masih berjalan");
        }
        audit.append(execution.getProcessInstanceId(), PromotionStep.NOMINATION.name(), nominator,
                type.label() + " ke " + target.trim(), reason.trim(), Map.of("nominator", nominator));
    }
}
