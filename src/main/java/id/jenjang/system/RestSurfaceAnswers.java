package id.jenjang.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the engine REST door answers when it refuses or rewords: the Indonesian messages shared by its checks,
 * the refusal they throw, and the JSON body in the engine REST API's own shape ({@code type}, {@code message}),
 * so Tasklist shows the message as it shows Camunda's.
 */
final class RestSurfaceAnswers {

    static final String FIELD_UNKNOWN = "isian ini tidak ada pada formulir tugas ini dan tidak diterima.";
    static final String FIELD_READ_ONLY = "isian ini hanya untuk dibaca dan tidak boleh diubah.";
    static final String FIELD_CONTROL = "berisi karakter kendali yang tidak diizinkan.";
    static final String VARIABLES_REFUSED = "Variabel proses tidak dapat diubah langsung. Isi formulir tugas Anda di"
            + " Tasklist; perbaikan data kasus hanya oleh administrator (camunda-admin) dan tercatat dalam jejak kasus.";
    static final String NOT_YOUR_TASK = "Tugas ini bukan tugas Anda atau kelompok Anda; Anda tidak dapat"
            + " menyelesaikannya.";
    static final String TASK_GONE = "Tugas ini tidak ditemukan atau sudah diselesaikan. Muat ulang daftar tugas.";
    static final String TASK_RACE = "Tugas ini baru saja diselesaikan atau diubah oleh permintaan lain. Muat ulang"
            + " daftar tugas.";
    static final String SERVER_FAULT = "Permintaan tidak dapat diproses karena gangguan pada server. Coba lagi;"
            + " bila berulang, hubungi BKPSDM.";

    /** A refusal: status and the Indonesian message the person reads. */
    static final class Refusal extends RuntimeException {

        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        static Refusal field(String field, String problem) {
            return new Refusal(HttpServletResponse.SC_BAD_REQUEST, field + ": " + problem);
        }
    }

    private final ObjectMapper json;

    RestSurfaceAnswers(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, Refusal refusal) throws IOException {
        write(response, refusal.status, refusal.getMessage());
    }

    void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String type = switch (status) {
            case HttpServletResponse.SC_FORBIDDEN -> "AuthorizationException";
            case HttpServletResponse.SC_CONFLICT -> "OptimisticLockingException";
            case HttpServletResponse.SC_BAD_REQUEST -> "InvalidRequestException";
            default -> "RestException";
        };
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", type, "message", message)));
    }
}
