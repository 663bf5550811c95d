package id.jenjang.rules;

import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/rules/replay/cycles/{cycleKey}}: every stored result of an appraisal cycle judged again under
 * the rule of the cycle's date and the latest, writing nothing. Implemented by the appraisal package, which owns
 * the results; an interface here so that the rules package depends on no feature package.
 */
public interface CycleReplay {

    /** Empty when no cycle has that key (the controller's 404). */
    Optional<Map<String, Object>> recheck(String cycleKey);
}
