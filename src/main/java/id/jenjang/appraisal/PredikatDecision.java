package id.jenjang.appraisal;

import id.jenjang.rules.DecisionVersion;
import id.jenjang.rules.RulesInForce;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The predikat for two ratings, from the {@code predikat-kinerja} version in force on the period's last day
 * (not simply the latest deployment: see {@link RulesInForce}). Delegates that store a predikat ask here with
 * the ratings they store, so the stored predikat always follows from the stored ratings, whatever a
 * {@code predikat} process variable says; the version that decided is stored beside it.
 */
@Component
public class PredikatDecision {

    public static final String DECISION_KEY = "predikat-kinerja";

    private final DecisionService decisions;
    private final RulesInForce rules;

    public PredikatDecision(DecisionService decisions, RulesInForce rules) {
        this.decisions = decisions;
        this.rules = rules;
    }

    /** A predikat and the decision version that produced it. */
    public record Decided(Predikat predikat, DecisionVersion version) {
    }

    /** @param period the appraisal period ("2026", "2026-Q4"): judged under the rule in force on its last day */
    public Decided decide(Rating hasilKerja, Rating perilakuKerja, String period) {
        return decide(hasilKerja, perilakuKerja, lastDay(period));
    }

    public Decided decide(Rating hasilKerja, Rating perilakuKerja, LocalDate date) {
        RulesInForce.Candidate rule = rules.inForce(DECISION_KEY, date);
        Object result = decisions.evaluateDecisionById(rule.id())
                .variables(Map.of("hasilKerja", hasilKerja.name(), "perilakuKerja", perilakuKerja.name()))
                .evaluate().getSingleEntry();
        if (result == null) {
            throw new IllegalStateException("predikat-kinerja gives no predikat for " + hasilKerja + "/" + perilakuKerja);
        }
        return new Decided(Predikat.valueOf(result.toString()), rule.version());
    }

    /** "2026" -> 2026-12-31, "2026-Q2" -> 2026-06-30. */
    public static LocalDate lastDay(String period) {
        return Period.parse(period).orElseThrow(() -> new IllegalArgumentException("periode tidak dikenal: " + period))
                .lastDay();
    }
}
