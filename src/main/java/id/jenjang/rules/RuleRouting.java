package id.jenjang.rules;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The decision version a model's business rule task evaluates ({@code camunda:decisionRefBinding="version"}),
 * so the engine's own evaluation and its DMN history name the version in force, not simply the latest
 * deployment. The stored predikat is decided again by Jenjang (PredikatDecision) under the same choice.
 */
@Component
public class RuleRouting {

    static final String PREDIKAT = "predikat-kinerja";

    private final RulesInForce rules;
    private final Clock clock;

    public RuleRouting(RulesInForce rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** For an employee-appraisal (business key {@code <nip>:<period>}): the version in force on the period's last day. */
    public int predikatForPeriod(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("employee-appraisal without business key <nip>:<period>: " + key);
        }
        return rules.inForce(PREDIKAT, periodEnd(key.substring(colon + 1))).definition().getVersion();
    }

    /** For a coaching re-evaluation, judged on the day it is made. */
    public int predikatToday(DelegateExecution execution) {
        return rules.inForce(PREDIKAT, LocalDate.now(clock)).definition().getVersion();
    }

    /** "2026" -> 2026-12-31, "2026-Q2" -> 2026-06-30 (the appraisal package's Period, without depending on it). */
    static LocalDate periodEnd(String period) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4})(?:-Q([1-4]))?$").matcher(period);
        if (!m.matches()) {
            throw new IllegalArgumentException("periode tidak dikenal: " + period);
        }
        int month = m.group(2) == null ? 12 : Integer.parseInt(m.group(2)) * 3;
        return LocalDate.of(Integer.parseInt(m.group(1)), month, 1).plusMonths(1).minusDays(1);
    }
}
