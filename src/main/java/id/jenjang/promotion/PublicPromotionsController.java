package id.jenjang.promotion;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transparency board as JSON, without login (SecurityConfig opens /api/public/**). URLs use the process
 * instance id: business keys hold the "/" of a rank.
 */
@RestController
@RequestMapping("/api/public/promotions")
public class PublicPromotionsController {

    private final PublicPromotions board;

    public PublicPromotionsController(PublicPromotions board) {
        this.board = board;
    }

    @GetMapping
    public List<PublicPromotion> promotions() {
        return board.list();
    }

    /** 404 alike for unknown and still running unannounced cases: the answer must not tell that a case exists. */
    @GetMapping("/{processInstanceId}/audit")
    public ResponseEntity<?> audit(@PathVariable String processInstanceId) {
        return board.audit(processInstanceId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "Usulan kenaikan tidak ditemukan, atau belum diumumkan"
                                + " maupun diputuskan")));
    }
}
