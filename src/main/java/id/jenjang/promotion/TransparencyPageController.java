package id.jenjang.promotion;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GET /transparansi: the transparency board as a page in Bahasa Indonesia, without login, readable on a phone
 * and without JavaScript (templates/transparansi.html; Thymeleaf escapes every value).
 */
@Controller
public class TransparencyPageController {

    /**
     * The page needs no script, frame, font or image from anywhere: a text planted in a reason could not load
     * or run anything even if escaping ever failed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private final PublicPromotions board;
    private final Format format;

    public TransparencyPageController(PublicPromotions board, @Value("${jenjang.time-zone:Asia/Jakarta}") String zone) {
        this.board = board;
        this.format = new Format(ZoneId.of(zone));
    }

    @GetMapping("/transparansi")
    public String page(Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        model.addAttribute("cases", board.list());
        model.addAttribute("fmt", format);
        return "transparansi";
    }

    /** Formatting the template calls: local time of the agency, short hashes that fit a phone's width. */
    public static final class Format {

        private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
        private final DateTimeFormatter time;
        private final DateTimeFormatter date;

        Format(ZoneId zone) {
            this.time = DateTimeFormatter.ofPattern("d MMM uuuu, HH.mm zzz", INDONESIAN).withZone(zone);
            this.date = DateTimeFormatter.ofPattern("d MMMM uuuu", INDONESIAN);
        }

        public String time(String iso) {
            if (iso == null) {
                return "";
            }
            try {
                return time.format(Instant.parse(iso));
            } catch (DateTimeParseException e) {
                return iso;
            }
        }

        public String date(java.time.LocalDate day) {
            return day == null ? "" : date.format(day);
        }

        public String shortHash(String hash) {
            return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
        }
    }
}
