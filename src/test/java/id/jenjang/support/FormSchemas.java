package id.jenjang.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * Camunda Forms (forms/*.form, on the classpath under forms/) read as Tasklist's form-js 1.8 viewer reads them, for
 * the forms tests of each process: components, keyed fields by data path, and the FEEL the forms carry (hide
 * conditions, option expressions, {{...}} templates) evaluated with the FEEL engine the Camunda engine ships. The
 * browser runs feelin instead; for the comparisons, null checks and if-then-else the forms use both give the same
 * answers.
 */
public final class FormSchemas {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    /** A {{template}} inside a text; it may span lines (form-js evaluates it whole). */
    public static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.+?)}}", Pattern.DOTALL);
    /** A string literal inside FEEL: prose the user reads, unlike the code around it. */
    public static final Pattern FEEL_STRING = Pattern.compile("\"([^\"]*)\"");

    private FormSchemas() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // reading forms

    public static JsonNode load(String file) throws IOException {
        try (InputStream in = FormSchemas.class.getResourceAsStream("/forms/" + file)) {
            assertThat(in).as("forms/%s on the classpath", file).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** Every component, nested ones included, in document order. */
    public static List<JsonNode> components(JsonNode form) {
        List<JsonNode> all = new ArrayList<>();
        walk(form, "", (prefix, c) -> all.add(c));
        return all;
    }

    /**
     * Every keyed field by its data path: a dynamic list's children under "path." (calibrate-unit's
     * adjustments.nip), everything else under its key. A key bound twice fails the test.
     */
    public static Map<String, JsonNode> fields(JsonNode form) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        walk(form, "", (prefix, c) -> {
            if (c.hasNonNull("key") && fields.put(prefix + c.get("key").asText(), c) != null) {
                duplicates.add(prefix + c.get("key").asText());
            }
        });
        assertThat(duplicates).as("keys bound twice in %s", form.path("id").asText()).isEmpty();
        return fields;
    }

    public static JsonNode byId(JsonNode form, String id) {
        return components(form).stream().filter(c -> c.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + id + " in " + form.path("id").asText()));
    }

    public static List<String> values(JsonNode field) {
        List<String> values = new ArrayList<>();
        field.path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
    }

    public static List<String> valueLabels(JsonNode field) {
        List<String> labels = new ArrayList<>();
        field.path("values").forEach(v -> labels.add(v.path("label").asText()));
        return labels;
    }

    public static String hide(JsonNode component) {
        return component.path("conditional").path("hide").asText("");
    }

    private interface Visitor {
        void visit(String prefix, JsonNode component);
    }

    private static void walk(JsonNode container, String prefix, Visitor visitor) {
        for (JsonNode c : container.path("components")) {
            visitor.visit(prefix, c);
            String childPrefix = c.hasNonNull("path") ? prefix + c.get("path").asText() + "." : prefix;
            walk(c, childPrefix, visitor);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // FEEL

    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            vars.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return vars;
    }

    /** The expression's value; an expression FEEL cannot evaluate fails the test with FEEL's reason. */
    public static Object feel(String expression, Map<String, Object> vars) {
        String expr = expression.startsWith("=") ? expression.substring(1) : expression;
        EvaluationResult result = FEEL.evaluateExpression(expr, vars);
        assertThat(result.isSuccess()).as("FEEL %s with %s: %s", expr, vars, result.isSuccess() ? "" : result.failure())
                .isTrue();
        return result.result();
    }

    public static boolean hidden(JsonNode component, Map<String, Object> vars) {
        String hide = hide(component);
        return !hide.isEmpty() && Boolean.TRUE.equals(feel(hide, vars));
    }

    /** A text as form-js shows it: every {{expression}} replaced by its value (null as empty). */
    public static String render(JsonNode text, Map<String, Object> vars) {
        Matcher m = TEMPLATE.matcher(text.path("text").asText());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = feel(m.group(1), vars);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        return m.appendTail(out).toString();
    }

    /** Every FEEL expression in a form: hide conditions, option expressions and the insides of {{templates}}. */
    public static List<String> expressions(JsonNode form) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode c : components(form)) {
            if (!hide(c).isEmpty()) {
                expressions.add(hide(c));
            }
            if (c.hasNonNull("valuesExpression")) {
                expressions.add(c.get("valuesExpression").asText());
            }
            for (String p : List.of("text", "label", "dateLabel", "description")) {
                Matcher m = TEMPLATE.matcher(c.path(p).asText(""));
                while (m.find()) {
                    expressions.add(m.group(1));
                }
            }
        }
        return expressions;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // language

    /** English a form must not show; each process's forms test adds the words of its own domain. */
    public static final List<String> ENGLISH = List.of("submit", "name", "reason", "date", "select", "comment",
            "comments", "description", "decision", "approve", "approved", "reject", "rejected", "period", "rating",
            "note", "employee", "please", "enter", "yes", "field", "label", "text view", "text field", "text area",
            "number", "checkbox", "radio", "group", "dynamic list", "table", "image", "value", "option", "accept",
            "required", "the", "and", "of", "your", "unit code", "due", "days");

    /**
     * Everything a user reads in a form: labels, descriptions, texts, option and column labels, with the FEEL in
     * {{templates}} and =expressions taken out (code), and the string literals of that FEEL put back (prose again),
     * except data such as "P1M", "EXTEND_COACHING" or "true".
     */
    public static List<String> userTexts(JsonNode form) {
        List<String> texts = new ArrayList<>();
        for (JsonNode c : components(form)) {
            for (String p : List.of("label", "dateLabel", "description", "text", "alt")) {
                texts.add(c.path(p).asText("").replaceAll("(?s)\\{\\{.*?}}", " ").replaceAll("(?s)^=.*", " "));
            }
            c.path("values").forEach(v -> texts.add(v.path("label").asText()));
            c.path("columns").forEach(col -> texts.add(col.path("label").asText()));
        }
        for (String expression : expressions(form)) {
            Matcher m = FEEL_STRING.matcher(expression);
            while (m.find()) {
                if (!m.group(1).matches("[A-Z0-9_]*|true|false")) {
                    texts.add(m.group(1));
                }
            }
        }
        return texts;
    }

    /** Fails naming the word, the form and the text when a text the user reads contains one of the words. */
    public static void assertNoneOf(List<String> words, String file, List<String> texts) {
        assertThat(texts).as("texts in %s", file).isNotEmpty();
        for (String text : texts) {
            for (String word : words) {
                assertThat(Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                        .matcher(text).find()).as("English \"%s\" in %s: %s", word, file, text).isFalse();
            }
        }
    }
}
