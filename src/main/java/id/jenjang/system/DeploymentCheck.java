package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Decides whether one deployment resource may run on this engine: a model is data, and nothing in it may become
 * code. Refused, each with the element id and the reason in Bahasa Indonesia: script tasks and scripts anywhere,
 * Java classes named by a model ({@code class}, {@code formHandlerClass}, {@code variableMappingClass}),
 * connectors, CMMN, resources other than BPMN, DMN, Camunda Forms and diagram images, DMN in a language other
 * than FEEL or with FEEL's external Java functions, and every expression outside {@link ExpressionCheck}'s
 * grammar. Pure Java, no engine: {@link DeploymentCheckPlugin} runs it inside the engine's deploy command.
 *
 * <p>XML is read with StAX, DTDs and external entities off; a DOCTYPE alone refuses the file, so no entity
 * (internal or external) can hide an expression or reach the file system.
 */
public final class DeploymentCheck {

    /** One reason a resource is refused. */
    public record Refusal(String resource, String elementId, int line, String reason) {

        public String text() {
            return resource + ", elemen " + elementId + (line > 0 ? " (baris " + line + ")" : "") + ": " + reason;
        }
    }

    private static final int MAX_REFUSALS = 50;
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
            "variableMappingDelegateExpression");
    /** Camunda's built-in form field validators; any other name is a class or an expression. */
    private static final Set<String> BUILT_IN_CONSTRAINTS = Set.of("required", "readonly", "minlength", "maxlength",
            "min", "max");
    private static final Pattern FEEL = Pattern.compile(
            "feel|https?://www\\.omg\\.org/spec/(feel/\\d+|dmn/\\d+/feel)/?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEEL_EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");
    private static final String ALLOWED_TYPES =
            "hanya BPMN (.bpmn), DMN (.dmn), Camunda Forms (.form) dan gambar diagram (.png, .jpg, .gif) yang diterima";

    private enum Kind { BPMN, DMN }

    private DeploymentCheck() {
    }

    /** Every refusal for one resource; empty when it may be deployed. */
    public static List<Refusal> check(String resourceName, byte[] content) {
        String name = resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
        byte[] bytes = content == null ? new byte[0] : content;
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return checkXml(resourceName, bytes, Kind.BPMN);
        }
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return checkXml(resourceName, bytes, Kind.DMN);
        }
        if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
            return List.of(new Refusal(resourceName, "-", 0, "model CMMN tidak diizinkan: " + ALLOWED_TYPES));
        }
        if (name.endsWith(".form")) {
            return checkForm(resourceName, bytes);
        }
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")) {
            return isImage(bytes) ? List.of()
                    : List.of(new Refusal(resourceName, "-", 0, "isi berkas bukan gambar PNG, JPEG atau GIF"));
        }
        // .svg too: a browser runs the scripts an SVG may carry when Cockpit serves it
        return List.of(new Refusal(resourceName, "-", 0, "jenis berkas tidak diizinkan: " + ALLOWED_TYPES));
    }

    private static List<Refusal> checkForm(String resource, byte[] bytes) {
        try {
            JsonNode form = new ObjectMapper().readTree(bytes);
            if (form != null && form.isObject() && form.path("components").isArray()) {
                return List.of();
            }
        } catch (IOException e) {
            // falls through to the refusal: the parser's message would not be Indonesian
        }
        return List.of(new Refusal(resource, "-", 0, "formulir bukan Camunda Form yang sah (JSON dengan \"components\")"));
    }

    private static boolean isImage(byte[] b) {
        boolean png = b.length > 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
        boolean gif = b.length > 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8';
        return png || jpeg || gif;
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static List<Refusal> checkXml(String resource, byte[] bytes, Kind kind) {
        List<Refusal> refusals = new ArrayList<>();
        Deque<String> ids = new ArrayDeque<>();
        Deque<StringBuilder> texts = new ArrayDeque<>();
        Deque<Integer> lines = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = safeFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext() && refusals.size() < MAX_REFUSALS) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        refusals.add(new Refusal(resource, "-", reader.getLocation().getLineNumber(),
                                "DOCTYPE dan entitas XML tidak diizinkan"));
                        return refusals;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        refusals.add(new Refusal(resource, idOf(ids), reader.getLocation().getLineNumber(),
                                "entitas XML tidak diizinkan"));
                        return refusals;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String id = reader.getAttributeValue(null, "id");
                        ids.push(id != null && !id.isBlank() && isDiagramElement(reader) ? id : idOf(ids));
                        texts.push(new StringBuilder());
                        int line = reader.getLocation().getLineNumber();
                        lines.push(line);
                        checkElement(reader, kind, resource, idOf(ids), line, refusals);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!texts.isEmpty()) {
                            texts.peek().append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String text = texts.pop().toString();
                        int line = lines.pop();
                        checkText(text, kind, resource, idOf(ids), line, refusals);
                        ids.pop();
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            int line = reader != null && reader.getLocation() != null ? reader.getLocation().getLineNumber() : 0;
            refusals.add(new Refusal(resource, idOf(ids), line, "berkas XML tidak dapat dibaca dengan aman"));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing was opened that needs closing beyond the byte array
                }
            }
        }
        return refusals;
    }

    /**
     * Whether an element's id is one a process owner sees in Modeler: a model element, not a Camunda extension
     * (a form field's id is a variable name) nor an event definition inside its event.
     */
    private static boolean isDiagramElement(XMLStreamReader reader) {
        return !CAMUNDA_NS.equals(reader.getNamespaceURI()) && !reader.getLocalName().endsWith("EventDefinition");
    }

    private static String idOf(Deque<String> ids) {
        return ids.isEmpty() ? "-" : ids.peek();
    }

    private static void checkElement(XMLStreamReader reader, Kind kind, String resource, String id, int line,
            List<Refusal> refusals) {
        String element = reader.getLocalName();
        boolean camundaElement = CAMUNDA_NS.equals(reader.getNamespaceURI());
        if ("scriptTask".equals(element)) {
            refusals.add(new Refusal(resource, id, line, "tugas skrip (scriptTask) tidak diizinkan: model tidak boleh "
                    + "membawa kode yang dijalankan di server"));
        } else if ("script".equals(element)) {
            refusals.add(new Refusal(resource, id, line, "skrip (" + prefixed(reader) + ") tidak diizinkan: model "
                    + "tidak boleh membawa kode yang dijalankan di server"));
        } else if ("connector".equals(element)) {
            refusals.add(new Refusal(resource, id, line, "konektor (camunda:connector) tidak diizinkan: panggilan ke "
                    + "luar dilakukan oleh delegate Jenjang"));
        } else if (camundaElement && "constraint".equals(element)) {
            String name = reader.getAttributeValue(null, "name");
            if (name == null || !BUILT_IN_CONSTRAINTS.contains(name)) {
                refusals.add(new Refusal(resource, id, line, "validator formulir \"" + name + "\" tidak diizinkan: "
                        + "hanya required, readonly, minlength, maxlength, min dan max"));
            }
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            String namespace = reader.getAttributeNamespace(i);
            String value = reader.getAttributeValue(i);
            String shown = reader.getAttributePrefix(i) == null || reader.getAttributePrefix(i).isEmpty()
                    ? attribute : reader.getAttributePrefix(i) + ":" + attribute;
            if (CLASS_ATTRIBUTES.contains(attribute)) {
                refusals.add(new Refusal(resource, id, line, "atribut " + shown + " tidak diizinkan: model tidak boleh "
                        + "menyebut kelas Java; gunakan delegateExpression dengan bean Jenjang untuk model"));
            } else if ("resource".equals(attribute) || "scriptFormat".equals(attribute)) {
                refusals.add(new Refusal(resource, id, line, "atribut " + shown + " tidak diizinkan: skrip dari berkas "
                        + "atau dalam bahasa skrip tidak dijalankan"));
            } else if ("language".equals(attribute)) {
                refusals.add(new Refusal(resource, id, line, "ekspresi dalam bahasa \"" + value + "\" tidak "
                        + "diizinkan: kondisi ditulis sebagai ekspresi ${...} tanpa atribut language"));
            } else if ("expressionLanguage".equals(attribute) && kind == Kind.DMN && !FEEL.matcher(value).matches()) {
                refusals.add(new Refusal(resource, id, line, "bahasa ekspresi \"" + value + "\" tidak diizinkan dalam "
                        + "DMN: hanya FEEL"));
            } else {
                ExpressionCheck.Use use = useOf(attribute, namespace, element, camundaElement);
                if (use != ExpressionCheck.Use.VALUE || ExpressionCheck.hasExpression(value)) {
                    String problem = ExpressionCheck.check(value, use);
                    if (problem != null) {
                        refusals.add(new Refusal(resource, id, line, "atribut " + shown + ": " + problem));
                    }
                }
            }
        }
    }

    /** Which rule an attribute's value follows: delegates and listener expressions must name a model bean. */
    private static ExpressionCheck.Use useOf(String attribute, String namespace, String element, boolean camundaElement) {
        if (DELEGATE_ATTRIBUTES.contains(attribute)) {
            return ExpressionCheck.Use.DELEGATE;
        }
        boolean listener = camundaElement && ("executionListener".equals(element) || "taskListener".equals(element));
        if ("expression".equals(attribute) && (CAMUNDA_NS.equals(namespace) || listener)) {
            return ExpressionCheck.Use.BEAN_CALL;
        }
        return ExpressionCheck.Use.VALUE;
    }

    private static void checkText(String text, Kind kind, String resource, String id, int line,
            List<Refusal> refusals) {
        if (ExpressionCheck.hasExpression(text)) {
            String problem = ExpressionCheck.check(text, ExpressionCheck.Use.VALUE);
            if (problem != null) {
                refusals.add(new Refusal(resource, id, line, problem));
            }
        }
        if (kind == Kind.DMN && FEEL_EXTERNAL_FUNCTION.matcher(text).find()) {
            refusals.add(new Refusal(resource, id, line, "fungsi eksternal FEEL (kode Java) tidak diizinkan"));
        }
    }

    private static String prefixed(XMLStreamReader reader) {
        String prefix = reader.getPrefix();
        return prefix == null || prefix.isEmpty() ? reader.getLocalName() : prefix + ":" + reader.getLocalName();
    }
}
