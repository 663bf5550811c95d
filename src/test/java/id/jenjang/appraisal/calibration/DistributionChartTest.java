package id.jenjang.appraisal.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.appraisal.Predikat;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DistributionChartTest {

    static final String PREFIX = "data:image/svg+xml;base64,";
    final DistributionChart chart = new DistributionChart();

    static Document parse(String dataUri) throws Exception {
        assertThat(dataUri).startsWith(PREFIX);
        byte[] svg = Base64.getDecoder().decode(dataUri.substring(PREFIX.length()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    static String texts(Document svg) {
        StringBuilder all = new StringBuilder();
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    @Test
    void isAWellFormedSvgOfPhoneWidthWithEveryLabelAndCount() throws Exception {
        Document svg = parse(chart.dataUri(Map.of(Predikat.SANGAT_BAIK, 2, Predikat.BAIK, 5,
                Predikat.BUTUH_PERBAIKAN, 1, Predikat.KURANG, 1, Predikat.SANGAT_KURANG, 1)));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("480");
        assertThat(texts(svg)).contains("Sebaran predikat unit (10 pegawai)",
                "Sangat Baik\n2 (20%)\nBaik\n5 (50%)\nButuh Perbaikan\n1 (10%)\nKurang\n1 (10%)\n"
                        + "Sangat Kurang\n1 (10%)\n");
    }

    @Test
    void barLengthsFollowTheShares() throws Exception {
        Document svg = parse(chart.dataUri(Map.of(Predikat.BAIK, 3, Predikat.KURANG, 1)));
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        // background, then per predikat a track and a bar
        assertThat(rects.getLength()).isEqualTo(1 + 2 * 5);
        assertThat(((Element) rects.item(4)).getAttribute("width")).isEqualTo("180"); // Baik 75%
        assertThat(((Element) rects.item(8)).getAttribute("width")).isEqualTo("60"); // Kurang 25%
        assertThat(((Element) rects.item(2)).getAttribute("width")).isEqualTo("0"); // Sangat Baik
    }

    @Test
    void emptyUnitStillDraws() throws Exception {
        assertThat(texts(parse(chart.dataUri(Map.of())))).contains("(0 pegawai)", "Baik\n0 (0%)");
    }
}
