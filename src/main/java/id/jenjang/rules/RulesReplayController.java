package id.jenjang.rules;

import id.jenjang.employee.Groups;
import id.jenjang.system.Caller;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/rules/replay} (BKPSDM only): a decision for one employee and date under the rule version in
 * force on that date and under the latest deployed one, side by side; {@code /api/rules/replay/cycles/{key}}
 * the same for every stored result of an appraisal cycle. Nothing is written: an old case is re-checked against
 * the rule of its time without touching its record or its trail. Which decision answers is chosen by key
 * ({@link DecisionReplay}); what each decision needs lives with the decision.
 */
@RestController
public class RulesReplayController {

    /** "date: ..." names the field the caller got wrong; the answer repeats it as {@code field}. */
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+): ");

    private final Map<String, DecisionReplay> replays;
    private final CycleReplay cycles;

    public RulesReplayController(List<DecisionReplay> replays, CycleReplay cycles) {
        this.replays = replays.stream().collect(Collectors.toMap(DecisionReplay::decisionKey, Function.identity(),
                (a, b) -> a, TreeMap::new));
        this.cycles = cycles;
    }

    @GetMapping("/api/rules/replay")
    public Map<String, Object> replay(@RequestParam Map<String, String> parameters, Authentication authentication) {
        requireBkpsdm(authentication);
        String decision = parameters.get("decision");
        DecisionReplay replay = decision == null ? null : replays.get(decision);
        if (replay == null) {
            throw new IllegalArgumentException("decision: " + (decision == null || decision.isBlank() ? "wajib diisi"
                    : "'" + DecisionReplay.shown(decision) + "' tidak dapat diuji ulang") + "; pilihan: "
                    + String.join(", ", replays.keySet()));
        }
        String nip = parameters.get("nip");
        if (nip == null || nip.isBlank()) {
            throw new IllegalArgumentException("nip: wajib diisi");
        }
        if (!nip.matches("\\d{18}")) {
            throw new IllegalArgumentException("nip: NIP harus 18 angka");
        }
        DecisionReplay.Replayed replayed = replay.replay(new DecisionReplay.Request(nip, date(parameters.get("date")),
                parameters));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("date", replayed.date().toString());
        body.put("nip", nip);
        body.putAll(replayed.fields());
        return body;
    }

    @GetMapping("/api/rules/replay/cycles/{cycleKey}")
    public ResponseEntity<Map<String, Object>> cycle(@PathVariable String cycleKey, Authentication authentication) {
        requireBkpsdm(authentication);
        return cycles.recheck(cycleKey).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity
                .status(HttpStatus.NOT_FOUND).body(Map.of("field", "cycleKey", "message", "cycleKey: siklus '"
                        + DecisionReplay.shown(cycleKey) + "' tidak dikenal; kuncinya seperti cycle:2026:ALL atau"
                        + " cycle:2026-Q2:<kode unit>")));
    }

    private static void requireBkpsdm(Authentication authentication) {
        if (!Caller.of(authentication).groups().contains(Groups.BKPSDM)) {
            throw new AccessDeniedException("Hanya BKPSDM yang boleh menguji ulang keputusan dengan aturan lama");
        }
    }

    private static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: tanggal '" + DecisionReplay.shown(date)
                    + "' tidak sah; tulis yyyy-mm-dd");
        }
    }

    /** Unknown employee, period, type, target or date, or no rule in force on the date: the caller's 400, in words. */
    @ExceptionHandler({IllegalArgumentException.class, RuleNotInForce.class})
    ResponseEntity<Map<String, String>> refused(RuntimeException e) {
        Map<String, String> body = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(e.getMessage());
        if (field.find()) {
            body.put("field", field.group(1));
        } else if (e instanceof RuleNotInForce) {
            body.put("field", "date"); // no rule version in force on the date judged
        }
        body.put("message", e.getMessage());
        return ResponseEntity.badRequest().body(body);
    }
}
