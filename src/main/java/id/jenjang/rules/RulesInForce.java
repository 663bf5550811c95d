package id.jenjang.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Chooses the decision definition that judges a case: the latest deployed version whose validity start (the
 * {@code rule_validity} row of its versionTag) is on or before the date that matters. Every evaluation Jenjang
 * makes goes through here, never through "evaluate by key" (which takes whatever was deployed last), so a
 * version deployed today for a regulation taking effect next year leaves this year's verdicts as they are.
 * Read on every call: a redeploy or a new validity row applies without a restart.
 */
@Component
public class RulesInForce {

    private final RepositoryService repository;
    private final RuleValidityTable validity;

    public RulesInForce(RepositoryService repository, RuleValidityTable validity) {
        this.repository = repository;
        this.validity = validity;
    }

    /** A deployed version with the validity start recorded for its tag (null when none is). */
    public record Candidate(DecisionDefinition definition, LocalDate validFrom) {

        public DecisionVersion version() {
            return new DecisionVersion(definition.getKey(), definition.getVersion(),
                    definition.getVersionTag() == null ? "" : definition.getVersionTag());
        }

        public String id() {
            return definition.getId();
        }
    }

    /**
     * @throws RuleNotInForce when no deployed version is valid on {@code date} (before the first recorded
     *                        validity start, or every version's tag is undated)
     */
    public Candidate inForce(String decisionKey, LocalDate date) {
        return versions(decisionKey).stream()
                .filter(c -> c.validFrom() != null && !c.validFrom().isAfter(date))
                .max(Comparator.comparingInt(c -> c.definition().getVersion()))
                .orElseThrow(() -> new RuleNotInForce("Tidak ada versi aturan " + decisionKey
                        + " yang berlaku pada tanggal " + date));
    }

    /** The last deployed version, whether in force yet or not (what replay compares against). */
    public Candidate latest(String decisionKey) {
        return versions(decisionKey).stream().max(Comparator.comparingInt(c -> c.definition().getVersion()))
                .orElseThrow(() -> new RuleNotInForce("Aturan " + decisionKey + " tidak ditemukan"));
    }

    public boolean known(String decisionKey) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count() > 0;
    }

    /** Every deployed version of the key with its validity start; the engine's tenant-less deployments only. */
    public List<Candidate> versions(String decisionKey) {
        Map<String, LocalDate> validity = validity(decisionKey);
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).withoutTenantId()
                .list().stream()
                .map(d -> new Candidate(d, d.getVersionTag() == null ? null : validity.get(d.getVersionTag())))
                .toList();
    }

    public Optional<LocalDate> validFrom(String decisionKey, String versionTag) {
        return Optional.ofNullable(validity(decisionKey).get(versionTag));
    }

    private Map<String, LocalDate> validity(String decisionKey) {
        return validity.validFromByTag(decisionKey);
    }
}
