package id.jenjang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application in a JVM of its own, configured only through the environment as an operator starts
 * it, its output in a log file; reached over HTTP on the loopback. Nothing of the build's own environment
 * (a profile, a database URL) leaks into it.
 */
public final class JarNode implements AutoCloseable {

    public final String name;
    public final int port;
    public final Path log;
    private final Process process;
    private final long startedNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private JarNode(String name, int port, Path log, Process process, long startedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java -jar} with the given environment (PORT among it); does not wait. */
    public static JarNode start(String name, Path jar, List<String> javaOptions, Map<String, String> environment,
            Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            ProcessBuilder builder = new ProcessBuilder(command).directory(log.getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("JENJANG_") || k.startsWith("DB_")
                    || k.startsWith("MAIL_") || k.startsWith("SPRING_") || k.equals("PORT"));
            builder.environment().putAll(environment);
            return new JarNode(name, Integer.parseInt(environment.get("PORT")), log, builder.start(),
                    System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    /**
     * Whether {@code /actuator/health} answers 200 now; fails with the log's tail when the JVM has ended. The web
     * server (and health) is up before the application runners have finished: callers that need the whole
     * start done also look for a log line.
     */
    public boolean answersHealthy() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " ended with exit code " + process.exitValue()
                    + " before it was ready; its log ends:\n" + logTail(40));
        }
        return get("/actuator/health", null, null, Duration.ofSeconds(5)) == 200;
    }

    /** Time since the JVM was started. */
    public Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The HTTP status of a GET, with HTTP Basic when a user is given; -1 when nothing answers. */
    public int get(String path, String user, String password) {
        // the first call of a path on a loaded machine starts its servlet (Jersey for /engine-rest)
        return get(path, user, password, Duration.ofSeconds(60));
    }

    private int get(String path, String user, String password, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(timeout).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first group of the first log line the pattern finds, or null. */
    public String logValue(Pattern pattern) {
        for (String line : logLines()) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    public String logTail(int lines) {
        List<String> all = logLines();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** An orderly stop (SIGTERM, shutdown hooks run), forced after 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + ")";
    }
}
