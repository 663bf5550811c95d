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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tasklist, Cockpit and the Welcome page speak Bahasa Indonesia: for each, our locales/id.json translates every
 * label of the webjar's en.json (no key missing, none extra, placeholders and markup untouched, nothing left in
 * English beyond {@link #KEPT_AS_IN_ENGLISH}), and our scripts/config.js, which shadows the webjar's, offers only
 * "id" and keeps the original's shortcuts. A Camunda upgrade that adds labels fails here. Admin stays English
 * (docs/adr/0004-tasklist-in-bahasa-indonesia.md).
 */
class WebappLocaleTest {

    /** The translated webapps, with a lower bound on the webjar's label count (a wrong path would find none). */
    enum Webapp {
        TASKLIST(400), COCKPIT(2400), WELCOME(150);

        final int minLabels;

        Webapp(int minLabels) {
            this.minLabels = minLabels;
        }

        String dir() {
            return "META-INF/resources/webjars/camunda/app/" + name().toLowerCase() + "/";
        }

        String en() {
            return dir() + "locales/en.json";
        }

        String id() {
            return dir() + "locales/id.json";
        }

        String config() {
            return dir() + "scripts/config.js";
        }
    }

    private static final String ADMIN = "META-INF/resources/webjars/camunda/app/admin/";
    private static final String WEBJAR = "camunda-webapp-webjar";

    /**
     * Interpolations ({{name}}, and the {} Cockpit fills in itself), HTML tags and entities, moment's %d/%s: they
     * must come through verbatim. Only real HTML elements count as markup: "<Operation>" or "<version>" are
     * placeholder text shown to the user and are translated.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\{\\{[^}]*}}|\\{}|</?(?:a|b|br|code|em|i|li|ol|p|pre|small|span|strong|u|ul)\\b[^>]*>|&[a-zA-Z]+;|%[ds]");

    /**
     * Labels deliberately the same as in English: symbols and placeholders, product names, type names, technical
     * identifiers and formats, and words Indonesian uses as they are (KBBI: diagram, filter, label, operator,
     * status, total, valid; "OK" on buttons, "Min" next to "Maks").
     */
    private static final Set<String> KEPT_AS_IN_ENGLISH = Set.of("", "<", "<=", ">", ">=", "<null>", "<undefined>",
            "Admin", "Cockpit", "Tasklist", "Camunda", "Camunda Cockpit",
            "Boolean", "Double", "Integer", "Long", "Short", "String",
            "ID", "null", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss",
            "Diagram", "Filter", "Label", "Operator", "Status", "Total", "Valid", "OK", "Min");

    /** English labels that are deliberately empty in Indonesian: the plural suffix Cockpit appends to "instance". */
    private static final Set<String> EMPTY_IN_INDONESIAN = Set.of("s");

    private static final ClassLoader CLASSPATH = WebappLocaleTest.class.getClassLoader();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Webapp.class)
    void everyEnglishLabelHasAnIndonesianOneAndNothingElse(Webapp app) throws IOException {
        Map<String, String> en = labels(app.en());
        Map<String, String> id = labels(app.id());

        assertThat(en).as("the webjar's " + app.en()).hasSizeGreaterThan(app.minLabels);
        assertThat(missing(en.keySet(), id.keySet())).as("labels in en.json missing from id.json").isEmpty();
        assertThat(missing(id.keySet(), en.keySet())).as("labels in id.json that en.json does not have").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Webapp.class)
    void labelsKeepTheEnglishOrder(Webapp app) throws IOException {
        // not needed by the webapp, but keeps id.json reviewable side by side with en.json
        assertThat(new ArrayList<>(orderedKeys(app.id()))).isEqualTo(new ArrayList<>(orderedKeys(app.en())));
    }

    @ParameterizedTest
    @EnumSource(Webapp.class)
    void placeholdersAndMarkupComeThroughVerbatim(Webapp app) throws IOException {
        Map<String, String> en = labels(app.en());
        Map<String, String> id = labels(app.id());

        List<String> broken = new ArrayList<>();
        en.forEach((key, english) -> {
            String indonesian = id.get(key);
            if (indonesian == null) {
                return;
            }
            if (!tokens(english).equals(tokens(indonesian))) {
                broken.add(key + ": " + tokens(english) + " became " + tokens(indonesian));
            }
            boolean emptyOnPurpose = indonesian.isEmpty() && EMPTY_IN_INDONESIAN.contains(english);
            if ((english.isEmpty() != indonesian.isEmpty() && !emptyOnPurpose)
                    || (!emptyOnPurpose && !edges(english).equals(edges(indonesian)))) {
                broken.add(key + ": leading/trailing spaces or emptiness differ");
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Webapp.class)
    void labelsAreTranslatedUnlessKeptOnPurpose(Webapp app) throws IOException {
        Map<String, String> en = labels(app.en());
        Map<String, String> id = labels(app.id());

        Map<String, String> untranslated = new TreeMap<>();
        en.forEach((key, english) -> {
            if (english.equals(id.get(key)) && !KEPT_AS_IN_ENGLISH.contains(english.strip())) {
                untranslated.put(key, english);
            }
        });
        assertThat(untranslated).as("labels still in English").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Webapp.class)
    void dateLocalesHaveTheEnglishShape(Webapp app) throws IOException {
        JsonNode en = read(app.en()).path("dateLocales");
        JsonNode id = read(app.id()).path("dateLocales");

        if (en.isMissingNode()) {
            // the Welcome page has no dates
            assertThat(id.isMissingNode()).as("dateLocales only where en.json has them").isTrue();
            return;
        }
        assertThat(en.isObject()).isTrue();
        List<String> differences = new ArrayList<>();
        compareShape("dateLocales", en, id, differences);
        assertThat(differences).isEmpty();
        assertThat(id.path("months").get(7).asText()).isEqualTo("Agustus");
        assertThat(id.path("weekdays").get(1).asText()).isEqualTo("Senin");
    }

    @ParameterizedTest
    @EnumSource(Webapp.class)
    void ourConfigShadowsTheWebjarsAndOffersOnlyIndonesian(Webapp app) throws IOException {
        List<URL> configs = Collections.list(CLASSPATH.getResources(app.config()));
        assertThat(configs).as("our config.js and the webjar's").hasSize(2);
        assertThat(configs.get(0).toString()).as("the config.js the webapp serves").doesNotContain(WEBJAR);
        assertThat(configs.get(1).toString()).contains(WEBJAR);
        assertThat(CLASSPATH.getResource(app.en()).toString()).as("en.json stays the webjar's").contains(WEBJAR);

        String code = withoutComments(text(configs.get(0)));
        String original = withoutComments(text(configs.get(1)));
        // an English browser would get English if "en" were offered: the webapps take the browser's first language
        assertThat(code).containsPattern("availableLocales:\\s*\\[\\s*'id'\\s*]");
        assertThat(code).containsPattern("fallbackLocale:\\s*'id'");
        assertThat(code).containsPattern("vendor:\\s*'Jenjang'");

        // the shortcut help dialog shows the descriptions untranslated: ours keep the keys, in Indonesian
        Map<String, String[]> ours = shortcuts(code);
        Map<String, String[]> theirs = shortcuts(original);
        assertThat(theirs).as("every shortcut of the original parsed").hasSize(count(original, "key:"));
        assertThat(ours.keySet()).as("the original's shortcuts").isEqualTo(theirs.keySet());
        theirs.forEach((name, keyAndDescription) -> {
            assertThat(ours.get(name)[0]).as(name + " key").isEqualTo(keyAndDescription[0]);
            assertThat(ours.get(name)[1]).as(name + " description").isNotEqualTo(keyAndDescription[1]);
        });
    }

    @Test
    void tasklistKeepsItsShortcuts() throws IOException {
        assertThat(shortcuts(withoutComments(text(CLASSPATH.getResource(Webapp.TASKLIST.config()))))).hasSize(5);
    }

    @Test
    void adminStaysEnglish() throws IOException {
        // Admin is for IT staff only: no labels of ours, and the webjar's config.js (offering en and de) is served
        assertThat(CLASSPATH.getResource(ADMIN + "locales/id.json")).isNull();
        List<URL> configs = Collections.list(CLASSPATH.getResources(ADMIN + "scripts/config.js"));
        assertThat(configs).hasSize(1);
        assertThat(configs.get(0).toString()).contains(WEBJAR);
    }

    private static Map<String, String> labels(String resource) throws IOException {
        Map<String, String> labels = new TreeMap<>();
        JsonNode node = read(resource).path("labels");
        assertThat(node.isObject()).as(resource + " has labels").isTrue();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static List<String> orderedKeys(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        read(resource).path("labels").fieldNames().forEachRemaining(keys::add);
        return keys;
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

    /** name -> {key, description} of each shortcut in a config.js. */
    private static Map<String, String[]> shortcuts(String js) {
        Map<String, String[]> shortcuts = new TreeMap<>();
        Matcher m = Pattern.compile("(\\w+):\\s*\\{\\s*key:\\s*'([^']+)',\\s*description:\\s*'([^']*)'").matcher(js);
        while (m.find()) {
            shortcuts.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        return shortcuts;
    }

    private static int count(String text, String word) {
        return text.split(Pattern.quote(word), -1).length - 1;
    }
}
