package id.jenjang.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Mail texts in Bahasa Indonesia, one file per template under classpath {@code mail/}: the first line is
 * {@code Subjek: ...}, then a blank line, then the body. {@code {{name}}} is replaced by a parameter; an
 * unknown name stays visible rather than silently empty, so a broken template shows in the mail.
 */
@Component
public class MailTemplates {

    public record Mail(String subject, String body) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final String SUBJECT = "Subjek:";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public Mail render(String template, Map<String, String> params) {
        String text = cache.computeIfAbsent(template, MailTemplates::load);
        int end = text.indexOf('\n');
        String first = text.substring(0, end).trim();
        if (!first.startsWith(SUBJECT)) {
            throw new IllegalStateException("mail template " + template + " must start with '" + SUBJECT + "'");
        }
        return new Mail(fill(first.substring(SUBJECT.length()).trim(), params), fill(text.substring(end + 1).strip(),
                params));
    }

    private static String fill(String text, Map<String, String> params) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String load(String template) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("template name " + template);
        }
        try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + template + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no mail template " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
