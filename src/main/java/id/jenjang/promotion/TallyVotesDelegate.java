package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.employee.Nip;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Majority of the votes cast in this round decides; the minutes (berita acara) are generated from the votes
 * on the trail and appended to it, so the record of the meeting is as tamper-evident as the votes. Votes are
 * read from the trail (TpkVoteValidator writes each at its completion: who, vote, reason), never from process
 * variables: a variable set by a member (tpkApproved, vote counts, another member's vote) changes nothing; the
 * gateway "Disetujui TPK?" right after reads the {@code tpkApproved} set here.
 */
@Component
public class TallyVotesDelegate implements JavaDelegate {

    private final PromotionAuditLog audit;

    public TallyVotesDelegate(PromotionAuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<AuditEntry> entries = audit.entries(execution.getProcessInstanceId());
        int lastMinutes = entries.stream().filter(e -> PromotionStep.MINUTES.name().equals(e.step()))
                .mapToInt(AuditEntry::seq).max().orElse(0);
        // one vote per member, the first one on the trail: a vote is never counted twice nor replaced later
        Set<String> counted = new HashSet<>();
        List<AuditEntry> votes = entries.stream().filter(e -> e.seq() > lastMinutes)
                .filter(e -> PromotionStep.TPK_VOTE.name().equals(e.step())).filter(e -> counted.add(e.actor()))
                .toList();
        long approve = votes.stream().filter(TpkVoteValidator::approves).count();
        long reject = votes.size() - approve;
        boolean approved = approve > reject;
        StringBuilder minutes = new StringBuilder("**Berita acara sidang Tim Penilai Kinerja**\n\n")
                .append("Calon: ").append(CANDIDATE_NAME.get(execution)).append(" (NIP ")
                .append(Nip.masked(NIP.require(execution))).append("), ").append(TARGET_LABEL.get(execution))
                .append("\n\nAnggota yang memilih: ").append(votes.size()).append(". Setuju: ").append(approve)
                .append(". Tidak setuju: ").append(reject).append(".\n\nKeputusan: ")
                .append(approved ? "**disetujui**" : "**tidak disetujui**").append("\n\nAlasan para anggota:\n");
        for (AuditEntry vote : votes) {
            minutes.append("- ").append(vote.decision()).append(": ").append(vote.reason()).append('\n');
        }
        TPK_APPROVED.set(execution, approved);
        MINUTES.set(execution, minutes.toString());
        execution.setVariable("voteSummary", "Setuju " + approve + ", tidak setuju " + reject + " dari " + votes.size()
                + " anggota yang berhak memilih");
        audit.append(execution.getProcessInstanceId(), PromotionStep.MINUTES.name(), PromotionProcess.SYSTEM_NOMINATOR,
                approved ? "Disetujui TPK" : "Tidak disetujui TPK", "Setuju " + approve + ", tidak setuju " + reject,
                Map.of("approve", approve, "reject", reject, "minutes", minutes.toString()));
        if (!approved) {
            REJECTION_STEP.set(execution, "Sidang TPK");
            REJECTION_REASON.set(execution, "Setuju " + approve + ", tidak setuju " + reject);
        }
    }
}
