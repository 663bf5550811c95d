package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tasklist speaks Bahasa Indonesia: our locales/id.json translates every label of the webjar's en.json (no key
 * missing, none extra, placeholders and markup untouched), and our scripts/config.js, which shadows the webjar's,
 * offers only "id" and keeps the original's shortcuts. A Camunda upgrade that adds labels fails here.
 */
class TasklistLocaleTest {

    private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";
    private static final String EN = TASKLIST + "locales/en.json";
    private static final String ID = TASKLIST + "locales/id.json";
    private static final String CONFIG = TASKLIST + "scripts/config.js";
    private static final String WEBJAR = "camunda-webapp-webjar";

    /** Interpolations ({{name}}), HTML tags and entities, moment's %d/%s: they must come through verbatim. */
    private static final Pattern TOKEN = Pattern.compile("\\{\\{[^}]*}}|<[^>]*>|&[a-zA-Z]+;|%[ds]");

    /** Labels deliberately the same as in English: product names, type names, symbols, and words Indonesian uses. */
    private static final Set<String> KEPT_AS_IN_ENGLISH = Set.of("", "<", "<=", ">", ">=", "<null>", "<undefined>",
            "Admin", "Cockpit", "Tasklist", "Camunda", "Boolean", "Double", "Integer", "Long", "Short", "String",
            "Diagram", "Filter", "Label", "Operator");

    private static final ClassLoader CLASSPATH = TasklistLocaleTest.class.getClassLoader();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEnglishLabelHasAnIndonesianOneAndNothingElse() throws IOException {
        Map<String, String> en = labels(EN);
        Map<String, String> id = labels(ID);

        assertThat(en).as("the webjar's en.json").hasSizeGreaterThan(400);
        assertThat(missing(en.keySet(), id.keySet())).as("labels in en.json missing from id.json").isEmpty();
        assertThat(missing(id.keySet(), en.keySet())).as("labels in id.json that en.json does not have").isEmpty();
    }

    @Test
    void placeholdersAndMarkupComeThroughVerbatim() throws IOException {
        Map<String, String> en = labels(EN);
        Map<String, String> id = labels(ID);

        List<String> broken = new ArrayList<>();
        en.forEach((key, english) -> {
            String indonesian = id.get(key);
            if (indonesian == null) {
                return;
            }
            if (!tokens(english).equals(tokens(indonesian))) {
                broken.add(key + ": " + tokens(english) + " became " + tokens(indonesian));
            }
            if (english.isEmpty() != indonesian.isEmpty() || !edges(english).equals(edges(indonesian))) {
                broken.add(key + ": leading/trailing spaces or emptiness differ");
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void labelsAreTranslatedUnlessKeptOnPurpose() throws IOException {
        Map<String, String> en = labels(EN);
        Map<String, String> id = labels(ID);

        Map<String, String> untranslated = new TreeMap<>();
        en.forEach((key, english) -> {
            if (english.equals(id.get(key)) && !KEPT_AS_IN_ENGLISH.contains(english)) {
                untranslated.put(key, english);
            }
        });
        assertThat(untranslated).as("labels still in English").isEmpty();
    }

    @Test
    void dateLocalesHaveTheEnglishShape() throws IOException {
        JsonNode en = read(EN).path("dateLocales");
        JsonNode id = read(ID).path("dateLocales");

        assertThat(en.isObject()).isTrue();
        List<String> differences = new ArrayList<>();
        compareShape("dateLocales", en, id, differences);
        assertThat(differences).isEmpty();
        assertThat(id.path("months").get(7).asText()).isEqualTo("Agustus");
        assertThat(id.path("weekdays").get(1).asText()).isEqualTo("Senin");
    }

    @Test
    void ourConfigShadowsTheWebjarsAndOffersOnlyIndonesian() throws IOException {
        List<URL> configs = Collections.list(CLASSPATH.getResources(CONFIG));
        assertThat(configs).as("our config.js and the webjar's").hasSize(2);
        assertThat(configs.get(0).toString()).as("the config.js the webapp serves").doesNotContain(WEBJAR);
        assertThat(configs.get(1).toString()).contains(WEBJAR);
        assertThat(CLASSPATH.getResource(EN).toString()).as("en.json stays the webjar's").contains(WEBJAR);

        String ours = text(configs.get(0));
        String original = text(configs.get(1));
        String code = withoutComments(ours);
        // an English browser would get English if "en" were offered: Tasklist takes the browser's first language
        assertThat(code).containsPattern("availableLocales:\\s*\\[\\s*'id'\\s*]");
        assertThat(code).containsPattern("fallbackLocale:\\s*'id'");
        assertThat(code).containsPattern("vendor:\\s*'Jenjang'");
        assertThat(shortcutKeys(code)).as("the original's shortcuts")
                .isEqualTo(shortcutKeys(withoutComments(original)))
                .isNotEmpty();
        assertThat(code).doesNotContain("claims the currently selected task");
    }

    private static Map<String, String> labels(String resource) throws IOException {
        Map<String, String> labels = new TreeMap<>();
        JsonNode node = read(resource).path("labels");
        assertThat(node.isObject()).as(resource + " has labels").isTrue();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static JsonNode read(String resource) throws IOException {
        URL url = CLASSPATH.getResource(resource);
        assertThat(url).as(resource + " on the classpath").isNotNull();
        // Jackson skips the byte order mark that Camunda's en.json starts with
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in);
        }
    }

    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> missing(Set<String> from, Set<String> in) {
        Set<String> result = new TreeSet<>(from);
        result.removeAll(in);
        return result;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Collections.sort(tokens);
        return tokens;
    }

    private static String edges(String text) {
        return (text.startsWith(" ") ? "lead " : "") + (text.endsWith(" ") ? "trail" : "");
    }

    private static void compareShape(String path, JsonNode en, JsonNode id, List<String> differences) {
        if (id.isMissingNode() || en.getNodeType() != id.getNodeType()) {
            differences.add(path + ": " + en.getNodeType() + " became " + id.getNodeType());
        } else if (en.isObject()) {
            Set<String> enKeys = new TreeSet<>();
            en.fieldNames().forEachRemaining(enKeys::add);
            Set<String> idKeys = new TreeSet<>();
            id.fieldNames().forEachRemaining(idKeys::add);
            if (!enKeys.equals(idKeys)) {
                differences.add(path + ": keys " + enKeys + " became " + idKeys);
            }
            for (String key : enKeys) {
                compareShape(path + "." + key, en.path(key), id.path(key), differences);
            }
        } else if (en.isArray()) {
            if (en.size() != id.size()) {
                differences.add(path + ": " + en.size() + " entries became " + id.size());
            }
            Iterator<JsonNode> e = en.elements();
            Iterator<JsonNode> i = id.elements();
            for (int n = 0; e.hasNext() && i.hasNext(); n++) {
                compareShape(path + "[" + n + "]", e.next(), i.next(), differences);
            }
        } else if (en.isTextual()) {
            if (!tokens(en.asText()).equals(tokens(id.asText())) || id.asText().isBlank()) {
                differences.add(path + ": '" + en.asText() + "' became '" + id.asText() + "'");
            }
        }
    }

    private static String withoutComments(String js) {
        return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static Set<String> shortcutKeys(String js) {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("(\\w+):\\s*\\{\\s*key:\\s*'([^']+)'").matcher(js);
        while (m.find()) {
            keys.add(m.group(1) + "=" + m.group(2));
        }
        return keys;
    }
}
