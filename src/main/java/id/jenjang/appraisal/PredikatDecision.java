package id.jenjang.appraisal;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The predikat for two ratings, from the deployed {@code predikat-kinerja} decision (latest version). Delegates
 * that store a predikat ask here with the ratings they store, so the stored predikat always follows from the
 * stored ratings, whatever a {@code predikat} process variable says.
 */
@Component
public class PredikatDecision {

    public static final String DECISION_KEY = "predikat-kinerja";

    private final DecisionService decisions;

    public PredikatDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Predikat decide(Rating hasilKerja, Rating perilakuKerja) {
        Object result = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Map.of("hasilKerja", hasilKerja.name(), "perilakuKerja", perilakuKerja.name()))
                .evaluate().getSingleEntry();
        if (result == null) {
            throw new IllegalStateException("predikat-kinerja gives no predikat for " + hasilKerja + "/" + perilakuKerja);
        }
        return Predikat.valueOf(result.toString());
    }
}
