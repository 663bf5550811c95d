package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.employee.Groups;
import id.jenjang.support.JarNode;
import id.jenjang.system.demo.DemoOrganisation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The operator's report of issue 11: two nodes started together on an empty database, one crashed on a
 * duplicate key. Here several nodes (the packaged jar, each its own JVM, demo on, production profile) start at
 * the same moment on an empty PostgreSQL database, are stopped, and start together again on the database they
 * created. Each time every node must become ready with a clean log, and the database must hold exactly one of
 * everything a start creates: migrations, engine schema, one deployment with version 1 of every model, the
 * admin, groups, grants, Tasklist filters, the demo organisation. The second start must add nothing.
 * <p>
 * A fault scenario: tag {@code faults}, run by {@code ./mvnw verify -Pfaults}, which packages the jar first.
 * Settings are the suite's {@code -Dfaults.*} properties; {@code -Dfaults.cluster-nodes} (3) sets how many.
 */
@Tag("faults")
class ClusterStartupFaultIT {

    static final String SCENARIO = "cluster-start";
    static final Path JAR = Path.of(System.getProperty("faults.jar", "target/jenjang-0.1.0-SNAPSHOT.jar"));
    static final Path WORK = Path.of(System.getProperty("faults.work-dir", "target/faults"));
    static final String DB_SERVER = System.getProperty("faults.db-server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String DB_USER = System.getProperty("faults.db-user", "postgres");
    static final String DB_PASSWORD = System.getProperty("faults.db-password", "");
    static final String DB_NAME = System.getProperty("faults.db-prefix", "jenjang_fault_") + "cluster";
    static final int NODES = Integer.getInteger("faults.cluster-nodes", 3);
    /** First HTTP port; node i listens on it + i. */
    static final int HTTP_PORT = Integer.getInteger("faults.http-port", 24980);
    /** First mail port; node i runs its demo SMTP on it + 2i and IMAP on it + 2i + 1. */
    static final int MAIL_PORT = Integer.getInteger("faults.smtp-port", 24950);
    static final Duration START_TIMEOUT = Duration.parse(System.getProperty("faults.start-timeout", "PT6M"));
    static final List<String> JAVA_OPTIONS = Arrays.stream(
            System.getProperty("faults.node-java-opts", "-Xmx1g").split("\\s+")).filter(s -> !s.isBlank()).toList();
    static final String ADMIN_PASSWORD = "cluster-admin-pw";

    static final Pattern LOCK_TAKEN = Pattern.compile("Start-up lock taken after (\\d+) ms");
    static final Pattern LOCK_UPTIME = Pattern.compile("Start-up lock taken after \\d+ ms, (\\d+) ms after the JVM");
    static final Pattern LOCK_RELEASED = Pattern.compile("Start-up lock held (\\d+) ms, releasing it");
    static final Pattern SPRING_STARTED = Pattern.compile("Started JenjangApplication in ([\\d.]+) seconds");

    private final List<JarNode> nodes = new ArrayList<>();
    private final SoftAssertions softly = new SoftAssertions();

    @AfterEach
    void stopNodes() throws InterruptedException {
        stopAll();
    }

    @Test
    void nodesStartingTogetherOnAnEmptyAndThenOnTheExistingDatabaseCreateEverythingExactlyOnce() throws Exception {
        assertThat(JAR).as("the packaged application (run through ./mvnw verify -Pfaults)").exists();
        recreateDatabase();

        startTogether("empty");
        Map<String, Object> afterFirst = checkDatabase("empty");
        stopAll();

        startTogether("existing");
        Map<String, Object> afterSecond = checkDatabase("existing");
        for (String fact : afterFirst.keySet()) {
            softly.assertThat(afterSecond.get(fact)).as("after the restart on the existing database: %s", fact)
                    .isEqualTo(afterFirst.get(fact));
        }
        softly.assertAll();
    }

    /** Launches every node within milliseconds, then waits for each and checks its log. */
    private void startTogether(String round) throws InterruptedException {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("SPRING_PROFILES_ACTIVE", "postgres");
        common.put("DB_URL", DB_SERVER + DB_NAME);
        common.put("DB_USER", DB_USER);
        common.put("DB_PASSWORD", DB_PASSWORD);
        common.put("JENJANG_ADMIN_PASSWORD", ADMIN_PASSWORD);
        common.put("JENJANG_DEMO", "true");
        common.put("JENJANG_SECURE_COOKIES", "false");
        common.put("MAIL_HOST", "127.0.0.1");
        common.put("MAIL_STARTTLS", "false");
        for (int i = 0; i < NODES; i++) {
            Map<String, String> env = new LinkedHashMap<>(common);
            env.put("PORT", String.valueOf(HTTP_PORT + i));
            env.put("JENJANG_DEMO_SMTP_PORT", String.valueOf(MAIL_PORT + 2 * i));
            env.put("JENJANG_DEMO_IMAP_PORT", String.valueOf(MAIL_PORT + 2 * i + 1));
            env.put("MAIL_PORT", String.valueOf(MAIL_PORT + 2 * i));
            String name = "node-" + (i + 1);
            nodes.add(JarNode.start(name, JAR, JAVA_OPTIONS, env, WORK.resolve(SCENARIO).resolve(round)
                    .resolve(name + ".log")));
        }
        Map<JarNode, Duration> ready = awaitReady(round);
        List<Instant[]> turns = new ArrayList<>();
        for (JarNode node : nodes) {
            report(round, "%s ready after %s (Spring: started in %s s; start-up lock taken %s ms after the JVM"
                    + " started, having waited %s ms; held %s ms)", node.name, seconds(ready.get(node)),
                    node.logValue(SPRING_STARTED), node.logValue(LOCK_UPTIME), node.logValue(LOCK_TAKEN),
                    node.logValue(LOCK_RELEASED));
            checkLog(round, node);
            softly.assertThat(node.get("/engine-rest/user/admin/profile", "admin", ADMIN_PASSWORD))
                    .as("%s %s: the admin logs in with JENJANG_ADMIN_PASSWORD", round, node).isEqualTo(200);
            Instant taken = logTime(node, LOCK_TAKEN);
            Instant released = logTime(node, LOCK_RELEASED);
            if (taken != null && released != null) {
                turns.add(new Instant[] {taken, released});
            }
        }
        turns.sort((a, b) -> a[0].compareTo(b[0]));
        for (int i = 1; i < turns.size(); i++) {
            softly.assertThat(turns.get(i)[0]).as("%s: a node's turn begins after the previous one ended", round)
                    .isAfterOrEqualTo(turns.get(i - 1)[1]);
        }
    }

    /**
     * Polls every node until each answers its health check and has logged the end of its start (the lock is
     * released after the last application runner, health answers before); returns when each was ready.
     */
    private Map<JarNode, Duration> awaitReady(String round) throws InterruptedException {
        Map<JarNode, Duration> ready = new LinkedHashMap<>();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (ready.size() < nodes.size()) {
            for (JarNode node : nodes) {
                if (!ready.containsKey(node) && node.answersHealthy() && node.logValue(LOCK_RELEASED) != null) {
                    ready.put(node, node.sinceStart());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(round + ": not ready within " + START_TIMEOUT + ": " + nodes.stream()
                        .filter(node -> !ready.containsKey(node))
                        .map(node -> node + ", log ends:\n" + node.logTail(30)).collect(Collectors.joining("\n")));
            }
            Thread.sleep(200);
        }
        return ready;
    }

    private void checkLog(String round, JarNode node) {
        List<String> bad = node.logLines().stream()
                .filter(line -> line.contains(" ERROR ") || line.toLowerCase(Locale.ROOT).contains("duplicate key")
                        || line.contains("already exists") || line.contains("APPLICATION FAILED TO START"))
                .limit(10).toList();
        softly.assertThat(bad).as("%s %s: errors in %s", round, node, node.log).isEmpty();
        softly.assertThat(node.logValue(LOCK_TAKEN)).as("%s %s took the start-up lock", round, node).isNotNull();
        softly.assertThat(node.logValue(LOCK_RELEASED)).as("%s %s released it", round, node).isNotNull();
    }

    /**
     * Everything a start creates, asserted to exist exactly once; returns the facts a restart must leave as they
     * are (counts and names, not values that move on their own such as the id block).
     */
    private Map<String, Object> checkDatabase(String round) throws SQLException, IOException {
        Map<String, Object> facts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(DB_SERVER + DB_NAME, DB_USER, DB_PASSWORD)) {
            // Flyway: every migration once, successful
            List<String> migrations = strings(db, "SELECT version FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL AND version <> '0' AND success ORDER BY installed_rank");
            softly.assertThat(migrations).as("%s: applied migrations", round).doesNotHaveDuplicates()
                    .hasSize(classpath("classpath*:db/migration/V*__*.sql").size());
            softly.assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"))
                    .as("%s: failed migrations", round).isZero();
            facts.put("flyway", migrations);

            // the engine: its properties, one deployment holding every model and form, version 1 of each
            facts.put("engine properties", strings(db, "SELECT NAME_ FROM ACT_GE_PROPERTY ORDER BY NAME_"));
            softly.assertThat(strings(db, "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'"))
                    .as("%s: history level", round).containsExactly("3");
            List<String> deployments = strings(db, "SELECT NAME_ FROM ACT_RE_DEPLOYMENT");
            softly.assertThat(deployments).as("%s: deployments", round).containsExactly("SpringAutoDeployment");
            softly.assertThat(new TreeSet<>(strings(db, "SELECT NAME_ FROM ACT_GE_BYTEARRAY WHERE DEPLOYMENT_ID_ IS"
                    + " NOT NULL AND (GENERATED_ IS NULL OR NOT GENERATED_)")))
                    .as("%s: deployed resources", round).isEqualTo(modelFiles());
            facts.put("deployments", deployments);
            for (String table : List.of("ACT_RE_PROCDEF", "ACT_RE_DECISION_DEF", "ACT_RE_DECISION_REQ_DEF")) {
                Map<String, Long> versions = counts(db, "SELECT KEY_, COUNT(*) FROM " + table + " GROUP BY KEY_");
                softly.assertThat(versions).as("%s: %s", round, table).allSatisfy(
                        (key, n) -> assertThat(n).as("%s %s: versions of %s", round, table, key).isOne());
                softly.assertThat(count(db, "SELECT COUNT(*) FROM " + table + " WHERE VERSION_ <> 1"))
                        .as("%s: %s rows past version 1", round, table).isZero();
                facts.put(table, new TreeSet<>(versions.keySet()));
            }
            softly.assertThat(((TreeSet<?>) facts.get("ACT_RE_PROCDEF")).size()).as("%s: processes", round)
                    .isEqualTo(classpath("classpath*:processes/**/*.bpmn").size());
            softly.assertThat(((TreeSet<?>) facts.get("ACT_RE_DECISION_DEF")).size()).as("%s: decisions", round)
                    .isEqualTo(classpath("classpath*:processes/**/*.dmn").size());
            Map<String, Long> timers = counts(db, "SELECT PROCESS_DEF_KEY_, COUNT(*) FROM ACT_RU_JOB"
                    + " WHERE HANDLER_TYPE_ = 'timer-start-event' GROUP BY PROCESS_DEF_KEY_");
            softly.assertThat(timers).as("%s: start timers per process", round).isNotEmpty()
                    .allSatisfy((key, n) -> assertThat(n).as("start timers of %s", key).isOne());
            softly.assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'history-cleanup'"))
                    .as("%s: history cleanup jobs", round).isOne();
            facts.put("start timers", timers);

            // identity: the contract's groups, the admin as a direct member of camunda-admin
            List<String> groups = strings(db, "SELECT ID_ FROM ACT_ID_GROUP ORDER BY ID_");
            softly.assertThat(groups).as("%s: groups", round)
                    .containsExactlyInAnyOrderElementsOf(Groups.ALL.stream().map(g -> g.get(0)).toList());
            softly.assertThat(count(db, "SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = 'admin'"
                    + " AND GROUP_ID_ = 'camunda-admin'")).as("%s: admin in camunda-admin", round).isOne();
            facts.put("groups", groups);

            // grants: none twice, each of GroupAuthorizations with all its permissions, the revoked ones gone
            softly.assertThat(strings(db, "SELECT CONCAT(TYPE_, ' ', GROUP_ID_, ' ', USER_ID_, ' ', RESOURCE_TYPE_,"
                    + " ' ', RESOURCE_ID_) FROM ACT_RU_AUTHORIZATION GROUP BY TYPE_, GROUP_ID_, USER_ID_,"
                    + " RESOURCE_TYPE_, RESOURCE_ID_ HAVING COUNT(*) > 1")).as("%s: grants stored twice", round)
                    .isEmpty();
            for (GroupAuthorizations.Grant grant : GroupAuthorizations.GRANTS) {
                softly.assertThat(count(db, grantQuery(grant, true))).as("%s: %s", round, grant).isOne();
            }
            for (GroupAuthorizations.Grant grant : GroupAuthorizations.REVOKED) {
                softly.assertThat(count(db, grantQuery(grant, false))).as("%s: revoked %s", round, grant).isZero();
            }
            softly.assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = 'camunda-admin'"
                    + " AND RESOURCE_ID_ = '*' AND PERMS_ = " + Integer.MAX_VALUE))
                    .as("%s: camunda-admin's ALL grants, one per resource", round).isEqualTo(Resources.values().length);
            facts.put("grants", strings(db, "SELECT CONCAT(TYPE_, ' ', GROUP_ID_, ' ', USER_ID_, ' ', RESOURCE_TYPE_,"
                    + " ' ', RESOURCE_ID_, ' ', PERMS_) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ <> "
                    + Resources.FILTER.resourceType() + " ORDER BY 1"));

            // Tasklist filters: no unique constraint stops a second copy, so count them by name
            Map<String, Long> filters = counts(db, "SELECT NAME_, COUNT(*) FROM ACT_RU_FILTER GROUP BY NAME_");
            softly.assertThat(filters).as("%s: Tasklist filters", round).containsOnly(
                    Map.entry(TasklistFilters.MY_TASKS, 1L), Map.entry(TasklistFilters.MY_GROUP_TASKS, 1L),
                    Map.entry(TasklistFilters.ALL_TASKS, 1L));
            List<String> filterGrants = strings(db, "SELECT CONCAT(f.NAME_, ': ', a.GROUP_ID_) FROM ACT_RU_FILTER f"
                    + " JOIN ACT_RU_AUTHORIZATION a ON a.RESOURCE_ID_ = f.ID_ AND a.RESOURCE_TYPE_ = "
                    + Resources.FILTER.resourceType() + " AND a.GROUP_ID_ IS NOT NULL ORDER BY 1");
            softly.assertThat(filterGrants).as("%s: who reads which filter", round).containsExactlyInAnyOrder(
                    TasklistFilters.MY_TASKS + ": " + Groups.PEGAWAI, TasklistFilters.MY_TASKS + ": " + Groups.PPK,
                    TasklistFilters.MY_GROUP_TASKS + ": " + Groups.PEGAWAI,
                    TasklistFilters.MY_GROUP_TASKS + ": " + Groups.PPK,
                    TasklistFilters.ALL_TASKS + ": " + Groups.BKPSDM);
            facts.put("filter grants", filterGrants);

            // the demo organisation, once, through the imports
            DemoOrganisation.Generated demo = DemoOrganisation.generate(LocalDate.now(ZoneId.of("Asia/Jakarta")));
            long employees = count(db, "SELECT COUNT(*) FROM employee WHERE demo");
            softly.assertThat(employees).as("%s: demo employees", round).isEqualTo(demo.employees());
            softly.assertThat(count(db, "SELECT COUNT(*) FROM employee")).as("%s: employees", round)
                    .isEqualTo(demo.employees());
            softly.assertThat(count(db, "SELECT COUNT(*) FROM discipline_record")).as("%s: discipline", round)
                    .isEqualTo(dataRows(demo.disciplineCsv()));
            softly.assertThat(count(db, "SELECT COUNT(*) FROM annual_result")).as("%s: annual results", round)
                    .isEqualTo(dataRows(demo.historyCsv()));
            softly.assertThat(count(db, "SELECT COUNT(*) FROM ACT_ID_USER")).as("%s: users: employees, admin, mayor",
                    round).isEqualTo(demo.employees() + 2L);
            softly.assertThat(count(db, "SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP WHERE GROUP_ID_ = 'process-owner'"))
                    .as("%s: the demo's process owner", round).isOne();
            for (String table : List.of("unit_kerja", "employee", "discipline_record", "annual_result",
                    "ACT_ID_USER", "ACT_ID_MEMBERSHIP")) {
                facts.put(table, count(db, "SELECT COUNT(*) FROM " + table));
            }
        }
        report(round, "database holds %s", facts.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof java.util.Collection<?> c ? c.size() : e.getValue()))
                .collect(Collectors.joining(", ")));
        return facts;
    }

    /** The group's grant row on that resource holding every permission of the grant. */
    private static String grantQuery(GroupAuthorizations.Grant grant, boolean allPermissions) {
        int mask = grant.permissions().stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        return "SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE TYPE_ = 1 AND GROUP_ID_ = '" + grant.group()
                + "' AND RESOURCE_TYPE_ = " + grant.resource().resourceType() + " AND RESOURCE_ID_ = '"
                + grant.resourceId() + "' AND (PERMS_ & " + mask + ") " + (allPermissions ? "= " + mask : "<> 0");
    }

    private static TreeSet<String> modelFiles() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String pattern : List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
                "classpath*:forms/**/*.form")) {
            classpath(pattern).forEach(resource -> names.add(resource.getFilename()));
        }
        return names;
    }

    private static List<Resource> classpath(String pattern) throws IOException {
        return List.of(new PathMatchingResourcePatternResolver().getResources(pattern));
    }

    private static long dataRows(String csv) {
        return csv.lines().skip(1).filter(line -> !line.isBlank()).count();
    }

    private void recreateDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(DB_SERVER + "postgres", DB_USER, DB_PASSWORD);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DB_NAME);
        }
    }

    private void stopAll() throws InterruptedException {
        for (JarNode node : nodes) {
            node.close();
        }
        nodes.clear();
    }

    /** When the node logged the line (its log starts with an ISO instant), or null (checkLog reports it). */
    private static Instant logTime(JarNode node, Pattern pattern) {
        for (String line : node.logLines()) {
            if (pattern.matcher(line).find()) {
                return Instant.parse(line.substring(0, line.indexOf(' ')));
            }
        }
        return null;
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, Long> counts(Connection db, String query) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Printed as the fault suite prints (FAULT scenario what: ...) and kept in target/faults/figures.txt. */
    private static void report(String round, String format, Object... args) {
        String text = "FAULT " + SCENARIO + " " + round + ": " + String.format(Locale.ROOT, format, args);
        System.out.println(text);
        try {
            Files.createDirectories(WORK);
            Files.writeString(WORK.resolve("figures.txt"), text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
