package id.jenjang.promotion;

import id.jenjang.rules.DecisionVersion;
import java.util.Objects;
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
                    case NOT_ASSESSABLE -> "**belum dapat dinilai**";
                }).collect(Collectors.joining("\n"));
        // the reader can tell which regulation judged, e.g. after a rule change, and which ceiling table
        String ceilings = result.criteria().stream().map(EligibilityCriterion::ceilingRule)
                .filter(Objects::nonNull).map(DecisionVersion::label).distinct()
                .collect(Collectors.joining(", "));
        return (result.rule() == null ? list : list + "\n\nDinilai dengan aturan " + result.rule().label())
                + (ceilings.isEmpty() ? "" : (result.rule() == null ? "\n\n" : "; ")
                        + "pangkat tertinggi menurut pendidikan: " + ceilings);
    }

    /** What is missing for a case that cannot be judged yet, in one sentence. */
    static String missing(EligibilityResult result) {
        return result.criteria().stream().filter(c -> c.result() == EligibilityCriterion.Result.NOT_ASSESSABLE)
                .map(c -> c.label() + ": " + c.value()).collect(Collectors.joining("; "));
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
