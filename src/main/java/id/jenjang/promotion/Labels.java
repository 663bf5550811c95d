package id.jenjang.promotion;

import java.util.Map;

/**
 * Bahasa Indonesia names of the codes the public board shows. An unknown code is shown as it is: a decision
 * text the process writes later must never make the board fail.
 */
final class Labels {

    private static final Map<String, String> TYPES = Map.of(
            "KP_REGULER", "Kenaikan pangkat reguler",
            "KP_PILIHAN", "Kenaikan pangkat pilihan",
            "JABATAN", "Promosi jabatan");

    private static final Map<String, String> DECISIONS = Map.ofEntries(
            Map.entry("NOMINATED", "Diusulkan"),
            Map.entry("ELIGIBLE", "Memenuhi syarat"),
            Map.entry("NOT_ELIGIBLE", "Tidak memenuhi syarat"),
            Map.entry("VERIFIED", "Berkas lengkap dan sah"),
            Map.entry("NOT_VERIFIED", "Berkas perlu diperbaiki"),
            Map.entry("FIXED", "Usulan diperbaiki"),
            Map.entry("APPROVE", "Setuju"),
            Map.entry("REJECT", "Tidak setuju"),
            Map.entry("RECOMMENDED", "Direkomendasikan"),
            Map.entry("NOT_RECOMMENDED", "Tidak direkomendasikan"),
            Map.entry("APPROVED", "Disetujui"),
            Map.entry("REJECTED", "Ditolak"),
            Map.entry("ANNOUNCED", "Diumumkan"),
            Map.entry("FILED", "Sanggahan diajukan"),
            Map.entry("DISMISSED", "Sanggahan tidak diterima"),
            Map.entry("SUSTAINED", "Sanggahan diterima"),
            Map.entry("ISSUED", "SK diterbitkan"));

    private Labels() {
    }

    static String type(String code) {
        return TYPES.getOrDefault(code, code);
    }

    static String decision(String code) {
        return DECISIONS.getOrDefault(code, code);
    }

    static String step(String code) {
        return PromotionStep.of(code).map(PromotionStep::label).orElse(code);
    }

    static String status(String code) {
        try {
            return PromotionStatus.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code;
        }
    }
}
