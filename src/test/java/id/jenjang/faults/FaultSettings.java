package id.jenjang.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fault suite runs with, from system properties (-Dfaults.*), defaults for CI. The defaults keep the
 * suite at a size two shared cores finish in minutes; docs/faults.md gives the operator's size (5,000
 * employees) and the longer outages to run by hand.
 */
final class FaultSettings {

    /** The packaged application (the pom passes the path; package runs before the suite). */
    static final Path JAR = Path.of(System.getProperty("faults.jar", "target/jenjang-0.1.0-SNAPSHOT.jar"));
    /** Where the nodes' logs and working directories go. */
    static final Path WORK = Path.of(System.getProperty("faults.work-dir", "target/faults"));
    /** The PostgreSQL server, without a database name; each scenario creates its own database on it. */
    static final String DB_SERVER = System.getProperty("faults.db-server", "jdbc:postgresql://127.0.0.1:5432/");
    static final String DB_USER = System.getProperty("faults.db-user", "postgres");
    static final String DB_PASSWORD = System.getProperty("faults.db-password", "");
    /** Scenario databases are {@code <prefix><scenario>}, dropped and created again at the scenario's start. */
    static final String DB_PREFIX = System.getProperty("faults.db-prefix", "jenjang_fault_");
    /** Employees imported per scenario. */
    static final int EMPLOYEES = Integer.getInteger("faults.employees", 1_000);
    /** First of ten HTTP ports for the nodes, and first of ten SMTP ports for the receiving mail server. */
    static final int HTTP_PORT = Integer.getInteger("faults.http-port", 24980);
    static final int SMTP_PORT = Integer.getInteger("faults.smtp-port", 24950);
    /**
     * Recovery has to happen within this time of the fault ending (issue 11: "within a minute"); a scenario
     * that recovers later fails, after measuring how much later.
     */
    static final Duration RECOVERY_LIMIT = duration("faults.recovery-limit", "PT60S");
    /** How long a scenario waits for recovery before it gives up and counts what is still missing. */
    static final Duration MAX_WAIT = duration("faults.max-wait", "PT2M");
    /** How long the mail relay stays down in the SMTP scenario. */
    static final Duration SMTP_OUTAGE = duration("faults.smtp-outage", "PT2M");
    /** How long the database refuses the application in the database-cut scenario. */
    static final Duration DB_CUT = duration("faults.db-cut", "PT30S");
    /** How long a node may take from its JVM start until it answers as healthy. */
    static final Duration START_TIMEOUT = duration("faults.start-timeout", "PT4M");
    /** JVM options of each node. */
    static final String NODE_JAVA_OPTS = System.getProperty("faults.node-java-opts", "-Xmx1g");
    /**
     * Extra environment for every node, {@code KEY=VALUE,KEY=VALUE}: settings a fix introduces (a mail retry
     * span, job lock times) can be tried without changing the suite.
     */
    static final Map<String, String> NODE_ENV = pairs(System.getProperty("faults.node-env", ""));
    static final String ADMIN_PASSWORD = "faults-admin";

    private FaultSettings() {
    }

    private static Duration duration(String property, String fallback) {
        return Duration.parse(System.getProperty(property, fallback));
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                pairs.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return pairs;
    }
}
