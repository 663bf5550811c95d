package id.jenjang.appraisal.calibration;

import id.jenjang.appraisal.Predikat;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The unit's distribution as a bar chart for the image component of a Camunda Form. A data URI of an SVG
 * because the form can show an image but not draw one, and an inline image needs no endpoint, login or
 * network access. Bars are horizontal and scaled to 100% of the unit, so long labels stay readable at phone
 * width and bar lengths compare directly with the curve's percentages.
 */
@Component
public class DistributionChart {

    private static final int WIDTH = 480;
    private static final int LABEL_WIDTH = 140;
    private static final int BAR_MAX = 240;
    private static final int TOP = 44;
    private static final int ROW = 36;
    private static final int BAR_HEIGHT = 22;
    // green for the best predikat to red for the worst, readable on white
    private static final Map<Predikat, String> COLOURS = Map.of(
            Predikat.SANGAT_BAIK, "#1a7f37",
            Predikat.BAIK, "#4c9a2a",
            Predikat.BUTUH_PERBAIKAN, "#b58105",
            Predikat.KURANG, "#d4610a",
            Predikat.SANGAT_KURANG, "#cf222e");

    public String dataUri(Map<Predikat, Integer> counts) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(Distribution.of(counts)).getBytes(StandardCharsets.UTF_8));
    }

    String svg(Distribution unit) {
        int height = TOP + Predikat.values().length * ROW + 8;
        String title = "Sebaran predikat unit (" + unit.total() + " pegawai)";
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\">",
                WIDTH, height, WIDTH, height, title));
        svg.append("<title>").append(title).append("</title>");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>", WIDTH, height));
        svg.append("<text x=\"8\" y=\"26\" font-size=\"16\" font-weight=\"bold\" fill=\"#1f2328\">")
                .append(title).append("</text>");
        int y = TOP;
        for (Predikat p : Predikat.values()) {
            int n = unit.counts().get(p);
            int bar = unit.total() == 0 ? 0 : (int) Math.round(n * (double) BAR_MAX / unit.total());
            int baseline = y + BAR_HEIGHT / 2 + 5;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"8\" y=\"%d\" font-size=\"14\" fill=\"#1f2328\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#eeeeee\"/>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"14\" fill=\"#1f2328\">%d (%s)</text>",
                    baseline, Distribution.label(p),
                    LABEL_WIDTH, y, BAR_MAX, BAR_HEIGHT,
                    LABEL_WIDTH, y, bar, BAR_HEIGHT, COLOURS.get(p),
                    LABEL_WIDTH + BAR_MAX + 8, baseline, n, unit.percent(n, RoundingMode.HALF_UP)));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }
}
