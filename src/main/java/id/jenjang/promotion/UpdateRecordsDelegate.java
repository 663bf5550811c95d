package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.employee.JenisJabatan;
import id.jenjang.rules.DecisionVersion;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decree takes effect: the employee's rank and TMT golongan (KP, TMT = the KP period date) or post type and
 * TMT jabatan (JABATAN, TMT = the SK date) change in the master data, the SK is recorded on the case with the
 * promotion-eligibility version that judged it, and the trail gets its last entry.
 */
@Component
public class UpdateRecordsDelegate implements JavaDelegate {

    private final PromotionCaseRepository cases;
    private final PromotionAuditLog audit;
    private final EligibilityOnRecord eligibility;
    private final JdbcClient jdbc;

    public UpdateRecordsDelegate(PromotionCaseRepository cases, PromotionAuditLog audit,
            EligibilityOnRecord eligibility, JdbcClient jdbc) {
        this.cases = cases;
        this.audit = audit;
        this.eligibility = eligibility;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // who and what the decree promotes, from the case as registered (never from variables, which an
        // administrator's repair could have changed after the vote)
        PromotionCase stored = cases.find(execution.getProcessInstanceId()).orElseThrow(() ->
                new IllegalStateException("promotion case " + execution.getProcessInstanceId() + " is not registered"));
        String nip = stored.nip();
        String skNumber = SK_NUMBER.require(execution).trim();
        String skDateText = SK_DATE.require(execution);
        LocalDate skDate = LocalDate.parse(skDateText.length() > 10 ? skDateText.substring(0, 10) : skDateText);
        String target = stored.target().trim();
        LocalDate tmt;
        PromotionType type = PromotionType.valueOf(stored.promotionType());
        if (type == PromotionType.JABATAN) {
            // the years in this new post, which the next JABATAN promotion asks for, count from the SK date
            jdbc.sql("UPDATE employee SET jenis_jabatan = ?, tmt_jabatan = ?, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE nip = ?").params(JenisJabatan.valueOf(target).name(), java.sql.Date.valueOf(skDate), nip)
                    .update();
            tmt = skDate;
        } else {
            // the new rank takes effect on the KP period the case was judged for, whenever the SK is signed;
            // a case judged before the period was recorded keeps the SK date
            tmt = cases.kpPeriod(execution.getProcessInstanceId()).orElse(skDate);
            jdbc.sql("UPDATE employee SET golongan = ?, tmt_golongan = ?, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE nip = ?").params(target, java.sql.Date.valueOf(tmt), nip).update();
        }
        // the rule version the decree rests on, from the case's own eligibility entry; in the row and in the
        // DECREE entry, so the chain's hash covers which rule the decree says judged the case
        Optional<DecisionVersion> rule = eligibility.rule(execution.getProcessInstanceId());
        cases.recordDecree(execution.getProcessInstanceId(), skNumber, skDate, rule.orElse(null));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("skNumber", skNumber);
        payload.put("skDate", skDate.toString());
        payload.put("tmt", tmt.toString());
        rule.ifPresent(r -> {
            payload.put("decisionKey", r.decisionKey());
            payload.put("decisionVersion", r.decisionVersion());
            payload.put("versionTag", r.versionTag());
        });
        audit.append(execution.getProcessInstanceId(), PromotionStep.DECREE.name(), PromotionFacts.actor(),
                "SK " + skNumber + " tanggal " + skDate, type.targetLabel(target) + " berlaku mulai " + tmt,
                payload);
    }
}
