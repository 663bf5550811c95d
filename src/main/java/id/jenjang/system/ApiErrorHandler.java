package id.jenjang.system;

import id.jenjang.csvimport.ImportError;
import id.jenjang.csvimport.ImportRejectedException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Error answers of /api: an import's problems as the contract's list, refusals with a readable message. */
@RestControllerAdvice
public class ApiErrorHandler {

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<List<ImportError>> importRejected(ImportRejectedException e) {
        return ResponseEntity.badRequest().body(e.errors());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }
}
