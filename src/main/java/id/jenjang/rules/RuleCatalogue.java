package id.jenjang.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * What HR reads before trusting a verdict: every deployed decision, each of its versions with its legal basis,
 * validity start and source, and which one judges today. Built from the engine and {@code rule_validity}, the
 * same two sources {@link RulesInForce} chooses from, so the list cannot disagree with the evaluations.
 */
@Component
public class RuleCatalogue {

    /** Where a version stands on a given day. */
    public enum State {
        /** the version that judges that day */
        IN_FORCE,
        /** dated on or before the day, but a later version judges */
        SUPERSEDED,
        /** dated after the day: deployed ahead of its regulation */
        SCHEDULED,
        /** its versionTag has no validity start: never applied */
        UNDATED
    }

    public record Version(int version, String versionTag, String name, LocalDate validFrom, String source,
            String recordedBy, State state) {
    }

    public record Decision(String decisionKey, Integer versionInForce, List<Version> versions,
            List<RuleValidityTable.Row> validityWithoutDeployment) {
    }

    private final RepositoryService repository;
    private final RulesInForce inForce;
    private final RuleValidityTable validity;

    public RuleCatalogue(RepositoryService repository, RulesInForce inForce, RuleValidityTable validity) {
        this.repository = repository;
        this.inForce = inForce;
        this.validity = validity;
    }

    public List<Decision> on(LocalDate day) {
        List<RuleValidityTable.Row> rows = validity.all();
        TreeSet<String> keys = new TreeSet<>();
        repository.createDecisionDefinitionQuery().withoutTenantId().list().forEach(d -> keys.add(d.getKey()));
        List<Decision> decisions = new ArrayList<>();
        for (String key : keys) {
            Map<String, RuleValidityTable.Row> byTag = new LinkedHashMap<>();
            rows.stream().filter(r -> r.decisionKey().equals(key)).forEach(r -> byTag.put(r.versionTag(), r));
            Integer judging = judging(key, day);
            List<Version> versions = inForce.versions(key).stream()
                    .sorted(Comparator.comparingInt((RulesInForce.Candidate c) -> c.definition().getVersion()))
                    .map(c -> version(c, byTag.get(c.version().versionTag()), judging, day)).toList();
            List<RuleValidityTable.Row> orphan = byTag.values().stream()
                    .filter(r -> versions.stream().noneMatch(v -> v.versionTag().equals(r.versionTag()))).toList();
            decisions.add(new Decision(key, judging, versions, orphan));
        }
        return decisions;
    }

    private Integer judging(String key, LocalDate day) {
        try {
            return inForce.inForce(key, day).definition().getVersion();
        } catch (RuleNotInForce e) {
            return null;
        }
    }

    private static Version version(RulesInForce.Candidate c, RuleValidityTable.Row row, Integer judging,
            LocalDate day) {
        int number = c.definition().getVersion();
        State state = row == null ? State.UNDATED
                : Optional.ofNullable(judging).filter(j -> j == number).isPresent() ? State.IN_FORCE
                : row.validFrom().isAfter(day) ? State.SCHEDULED : State.SUPERSEDED;
        return new Version(number, c.version().versionTag(), c.definition().getName(),
                row == null ? null : row.validFrom(), row == null ? null : row.source(),
                row == null ? null : row.recordedBy(), state);
    }
}
