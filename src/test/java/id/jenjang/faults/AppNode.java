package id.jenjang.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node of the application: the packaged jar in a JVM of its own, configured through the environment as an
 * operator deploys it (profile {@code postgres}, demo off), and reached only over HTTP as the administrator.
 * {@link #kill()} is {@code kill -9}: no shutdown hook, no rollback by the application, open transactions left
 * to PostgreSQL and job locks to expire.
 */
final class AppNode implements AutoCloseable {

    /** An HTTP answer. */
    record Response(int status, String body) {
    }

    private static final AtomicInteger NEXT_PORT = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + FaultSettings.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    final String name;
    final int port;
    final Path log;
    final Instant startedAt;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedAt = Instant.now();
    }

    /** Starts a node on the scenario's database, sending mail to the given SMTP port; does not wait for it. */
    static AppNode start(String name, FaultDatabase database, int smtpPort) {
        int port = freePort();
        Path dir = FaultSettings.WORK.resolve(database.name).resolve(name);
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve("node.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String option : FaultSettings.NODE_JAVA_OPTS.split("\\s+")) {
                if (!option.isBlank()) {
                    command.add(option);
                }
            }
            command.add("-jar");
            command.add(FaultSettings.JAR.toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            // nothing of the build's own environment (a JENJANG_IT_DB_URL, a profile) reaches the node
            env.keySet().removeIf(k -> k.startsWith("JENJANG_") || k.startsWith("DB_") || k.startsWith("MAIL_")
                    || k.startsWith("SPRING_") || k.equals("PORT"));
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("DB_URL", database.url());
            env.put("DB_USER", FaultSettings.DB_USER);
            env.put("DB_PASSWORD", FaultSettings.DB_PASSWORD);
            env.put("MAIL_HOST", "127.0.0.1");
            env.put("MAIL_PORT", String.valueOf(smtpPort));
            env.put("MAIL_STARTTLS", "false");
            env.put("PORT", String.valueOf(port));
            env.put("JENJANG_ADMIN_PASSWORD", FaultSettings.ADMIN_PASSWORD);
            env.put("JENJANG_DEMO", "false");
            // plain HTTP on the loopback: secure cookies would only be dropped
            env.put("JENJANG_SECURE_COOKIES", "false");
            env.putAll(FaultSettings.NODE_ENV);
            Files.writeString(log, "== " + Instant.now() + " start " + name + " on port " + port + ": "
                    + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return new AppNode(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    /**
     * Waits until the node answers its health endpoint with the database and the engine up (mail may be down:
     * the relay is part of some scenarios' fault). Returns when it did; fails with the log's tail if the JVM
     * ended or the time ran out.
     */
    Instant awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new NodeDied(this, "ended with exit code " + process.exitValue() + " before it was ready");
            }
            if (ready()) {
                return Instant.now();
            }
            Thread.sleep(250);
        }
        throw new NodeDied(this, "not ready within " + timeout);
    }

    /** Whether the node answers as healthy now (database and engine up). */
    boolean ready() {
        try {
            Response health = send(request("/actuator/health").GET(), Duration.ofSeconds(5));
            if (health.status() != 200 && health.status() != 503) {
                return false;
            }
            JsonNode components = JSON.readTree(health.body()).path("components");
            return "UP".equals(components.path("db").path("status").asText())
                    && "UP".equals(components.path("processEngine").path("status").asText());
        } catch (IOException e) {
            return false;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9 (SIGKILL): the JVM ends on the spot. Returns the moment it was dead. */
    Instant kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return Instant.now();
    }

    /** An orderly stop (SIGTERM, the JVM's shutdown hooks run), forced after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    Response get(String path) throws IOException {
        return send(request(path).GET(), Duration.ofSeconds(30));
    }

    Response post(String path, String contentType, String body) throws IOException {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), Duration.ofMinutes(5));
    }

    Response put(String path, String json) throws IOException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), Duration.ofSeconds(30));
    }

    JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", AUTH);
    }

    private Response send(HttpRequest.Builder request, Duration timeout) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The last lines of the node's log, for a failure message. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /** The log lines containing a text (an exception's name), at most {@code max} of them. */
    List<String> logLines(String text, int max) {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains(text)).limit(max).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + ", pid " + process.pid() + ")";
    }

    /** The next of the suite's ten HTTP ports that nothing listens on. */
    private static int freePort() {
        for (int attempt = 0; attempt < 10; attempt++) {
            int port = FaultSettings.HTTP_PORT + Math.floorMod(NEXT_PORT.getAndIncrement(), 10);
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
                return port;
            } catch (IOException busy) {
                // taken: try the next one
            }
        }
        throw new IllegalStateException("no free HTTP port in " + FaultSettings.HTTP_PORT + "-"
                + (FaultSettings.HTTP_PORT + 9));
    }

    /** A node that ended or never became ready. */
    static final class NodeDied extends IllegalStateException {
        NodeDied(AppNode node, String what) {
            super("node " + node + " " + what + "; log " + node.log + ":\n" + node.logTail(40));
        }
    }
}
