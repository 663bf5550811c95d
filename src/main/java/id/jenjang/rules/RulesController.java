package id.jenjang.rules;

import id.jenjang.csvimport.TextRules;
import id.jenjang.employee.Groups;
import id.jenjang.system.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules catalogue for BKPSDM: {@code GET /api/rules} lists every decision's versions and which judges on a
 * day; {@code POST /api/rules/validity} records from when a deployed versionTag is law. Deploying (the process
 * owner) and dating (BKPSDM) are two people's acts: whoever deployed a version cannot date it, even when one
 * login holds both roles, so no single person changes which rule judges.
 */
@RestController
public class RulesController {

    static final int SOURCE_MAX = 1000;
    static final int TAG_MAX = 100;

    public record NewValidity(String decisionKey, String versionTag, String validFrom, String source) {
    }

    /** A refused request: the field and the sentence shown, with its status. */
    static final class Refused extends RuntimeException {
        final String field;
        final HttpStatus status;

        Refused(HttpStatus status, String field, String message) {
            super(field + ": " + message);
            this.field = field;
            this.status = status;
        }
    }

    private final RuleCatalogue catalogue;
    private final RulesInForce inForce;
    private final RuleValidityTable validity;
    private final HistoryService history;
    private final Clock clock;

    public RulesController(RuleCatalogue catalogue, RulesInForce inForce, RuleValidityTable validity,
            HistoryService history, Clock clock) {
        this.catalogue = catalogue;
        this.history = history;
        this.inForce = inForce;
        this.validity = validity;
        this.clock = clock;
    }

    @GetMapping("/api/rules")
    public Map<String, Object> list(@RequestParam(required = false) String date, Authentication authentication) {
        requireBkpsdm(authentication);
        LocalDate day = date == null ? LocalDate.now(clock) : day("date", date);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day.toString());
        body.put("decisions", catalogue.on(day));
        return body;
    }

    /**
     * A validity start on or after today only: a verdict already given stays judged by the rule of its time,
     * and a retroactive date is a correction for the administrator's migration, with its own review.
     */
    @PostMapping("/api/rules/validity")
    public ResponseEntity<Map<String, Object>> record(@RequestBody NewValidity request,
            Authentication authentication) {
        Caller caller = requireBkpsdm(authentication);
        String key = required("decisionKey", request.decisionKey(), TAG_MAX);
        String tag = required("versionTag", request.versionTag(), TAG_MAX);
        LocalDate from = day("validFrom", required("validFrom", request.validFrom(), 10));
        String source = required("source", request.source(), SOURCE_MAX);
        if (!inForce.known(key)) {
            throw new Refused(HttpStatus.BAD_REQUEST, "decisionKey", "aturan '" + key + "' tidak ditemukan");
        }
        List<RulesInForce.Candidate> tagged = inForce.versions(key).stream()
                .filter(c -> c.version().versionTag().equals(tag)).toList();
        if (tagged.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "versionTag", "belum ada versi aturan " + key
                    + " dengan versionTag '" + tag + "' yang sudah dideploy; deploy dulu dari Modeler");
        }
        if (tagged.stream().anyMatch(c -> caller.id().equals(deployer(c)))) {
            throw new Refused(HttpStatus.FORBIDDEN, "versionTag", "versi ini Anda deploy sendiri; tanggal mulai"
                    + " berlakunya dicatat oleh petugas BKPSDM lain");
        }
        LocalDate today = LocalDate.now(clock);
        if (from.isBefore(today)) {
            throw new Refused(HttpStatus.BAD_REQUEST, "validFrom", "tanggal mulai berlaku " + from
                    + " sudah lewat; keputusan yang sudah diambil tetap dinilai dengan aturan waktunya, jadi tanggal"
                    + " mulai berlaku paling awal hari ini (" + today + ")");
        }
        if (!validity.insert(key, tag, from, source, caller.id(), clock.instant())) {
            throw new Refused(HttpStatus.CONFLICT, "versionTag", "tanggal mulai berlaku " + key + " " + tag
                    + " sudah tercatat dan tidak dapat diubah lewat layanan ini");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionKey", key);
        body.put("versionTag", tag);
        body.put("validFrom", from.toString());
        body.put("source", source);
        body.put("recordedBy", caller.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** Who deployed the version, from the engine's user operation log (none for the application's own). */
    private String deployer(RulesInForce.Candidate candidate) {
        return history.createUserOperationLogQuery().deploymentId(candidate.definition().getDeploymentId())
                .entityType(EntityTypes.DEPLOYMENT).operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
                .list().stream().map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst()
                .orElse(null);
    }

    private static Caller requireBkpsdm(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.groups().contains(Groups.BKPSDM)) {
            throw new AccessDeniedException("Hanya BKPSDM yang boleh melihat dan mencatat masa berlaku aturan");
        }
        return caller;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new Refused(HttpStatus.BAD_REQUEST, field, "wajib diisi");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new Refused(HttpStatus.BAD_REQUEST, field, "paling banyak " + max + " karakter");
        }
        TextRules.controlCharacter(trimmed).ifPresent(at -> {
            throw new Refused(HttpStatus.BAD_REQUEST, field, "berisi karakter kendali (" + at + ")");
        });
        return trimmed;
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, field, "tanggal '" + shortened(text)
                    + "' tidak sah; tulis yyyy-mm-dd");
        }
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, String>> refused(Refused e) {
        return ResponseEntity.status(e.status).body(Map.of("field", e.field, "message", e.getMessage()));
    }
}
