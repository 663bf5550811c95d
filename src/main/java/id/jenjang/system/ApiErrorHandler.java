package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.jenjang.csvimport.ImportError;
import id.jenjang.csvimport.ImportRejectedException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Error answers of /api: an import's problems as the contract's list, refusals with a readable message. No
 * answer carries SQL, a table or column name or a stack trace: those go to the log, the caller gets a sentence.
 */
@RestControllerAdvice
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<List<ImportError>> importRejected(ImportRejectedException e) {
        return ResponseEntity.badRequest().body(e.errors());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }

    /** A body too large, not JSON, or with a field of the wrong kind: 413 or 400 naming the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        RequestSizeLimit.TooLarge tooLarge = cause(e, RequestSizeLimit.TooLarge.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message", tooLarge.answer()));
        }
        JsonMappingException mapping = cause(e, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String problem = mapping instanceof InvalidFormatException invalid
                    && invalid.getTargetType() == String.class
                    ? mapping.getOriginalMessage() : "isian tidak sesuai jenisnya";
            Map<String, String> body = new LinkedHashMap<>();
            body.put("field", field);
            body.put("message", field + ": " + problem);
            return ResponseEntity.badRequest().body(body);
        }
        return ResponseEntity.badRequest().body(Map.of("message",
                "Isi permintaan tidak dapat dibaca; kirim JSON (atau CSV untuk impor) yang benar"));
    }

    /**
     * Anything else: Spring's own request errors keep their 4xx; a value the database refuses (SQLSTATE class
     * 22 "data exception", e.g. too long or a NUL, 23 "integrity") is the caller's 400; the rest is a 500 whose
     * answer names nothing internal.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse) {
            // MVC's own 4xx (missing parameter, wrong method, ...): its default answer holds no internals
            throw e;
        }
        SQLException sql = cause(e, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("22") || state.startsWith("23")) {
            log.warn("Input refused by the database (SQLSTATE {}): {}", state, e.toString());
            return ResponseEntity.badRequest().body(Map.of("message", "Data ditolak: ada isian yang terlalu panjang,"
                    + " berisi karakter yang tidak sah, atau bertentangan dengan data tersimpan. Periksa isian lalu"
                    + " kirim lagi."));
        }
        if (e instanceof DataAccessException || sql != null) {
            log.error("Database error on /api", e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("message",
                    "Basis data sedang tidak dapat dipakai; coba lagi beberapa saat lagi"));
        }
        log.error("Unexpected error on /api", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("message",
                "Terjadi kesalahan pada server; coba lagi, atau laporkan ke BKPSDM bila terus terjadi"));
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
