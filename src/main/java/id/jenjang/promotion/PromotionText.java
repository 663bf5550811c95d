package id.jenjang.promotion;

import java.util.stream.Collectors;

/** Readable Bahasa Indonesia summaries shown in forms, mails and the public board. */
final class PromotionText {

    private PromotionText() {
    }

    /** Markdown list of every criterion with what was seen and the outcome. */
    static String criteria(EligibilityResult result) {
        String list = result.criteria().stream().map(c -> "- **" + c.label() + "**: " + c.value() + " (syarat: "
                + c.requirement() + ") — " + switch (c.result()) {
                    case PASS -> "memenuhi";
                    case FAIL -> "**tidak memenuhi**";
                    case NEEDS_VERIFICATION -> "perlu diverifikasi BKPSDM";
                }).collect(Collectors.joining("\n"));
        // the reader can tell which regulation judged, e.g. after a rule change
        return result.rule() == null ? list : list + "\n\nDinilai dengan aturan " + result.rule().label();
    }

    /** The failed criteria in one sentence, or a dash when none failed. */
    static String failed(EligibilityResult result) {
        String failed = result.criteria().stream()
                .filter(c -> c.result() == EligibilityCriterion.Result.FAIL)
                .map(c -> c.label() + ": " + c.value() + " (syarat " + c.requirement() + ")")
                .collect(Collectors.joining("; "));
        return failed.isEmpty() ? "Semua syarat terpenuhi" : failed;
    }
}
