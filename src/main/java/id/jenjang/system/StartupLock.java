package id.jenjang.system;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Nodes starting on one database take turns for everything a start writes there: Flyway's migrations, the
 * engine's tables, the admin user, group grants, Tasklist filters, the demo seed, and whatever start-up code is
 * added later. None of these is safe when two nodes run it at once (ADR 0010): Flyway's baseline-on-migrate
 * checks for its history table outside its own lock, the engine creates its tables after an unlocked "are they
 * there?", the Camunda starter and our initialisers insert what a query just did not find, and filters have no
 * unique name to stop a second copy.
 * <p>
 * On PostgreSQL the turn is a session-level advisory lock, per database, taken the moment the {@link DataSource}
 * bean exists (so no bean can reach the database before it) and released when the application is ready, that is
 * after every {@code ApplicationRunner}, or when the context closes after a failed start. A node killed while
 * holding it loses its session and with it the lock. H2 needs none: its file admits one process, its memory one
 * JVM.
 */
@Component
public class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    /** "JENJANG" in ASCII; any other user of advisory locks on this database must keep clear of it. */
    static final long KEY = 0x4A454E4A414E47L;
    static final String TIMEOUT_PROPERTY = "jenjang.startup.lock-timeout";

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final Duration WAIT_STEP = Duration.ofMillis(250);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final Duration timeout;
    private Connection held;
    private long heldSince;
    private boolean tried;

    public StartupLock(Environment environment) {
        this.timeout = Binder.get(environment).bind(TIMEOUT_PROPERTY, Duration.class).orElse(Duration.ofMinutes(10));
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !tried) {
            tried = true;
            acquire(dataSource);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    /** A start that fails closes its context: the next node must not wait for the timeout. */
    @Override
    public void destroy() {
        release();
    }

    /** Called once, from the (synchronized) post-processing of the data source. */
    private void acquire(DataSource dataSource) {
        long started = System.nanoTime();
        Connection connection;
        try {
            // the first connection of the start: on an H2 file another process holds, this is where it stops
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            long lastLog = started;
            while (!tryLock(connection)) {
                long now = System.nanoTime();
                if (now - started > timeout.toNanos()) {
                    throw new IllegalStateException("Another node has been starting on this database for longer than "
                            + TIMEOUT_PROPERTY + " (" + timeout + "); held by " + holder(connection)
                            + ". If that node hangs, stop it; a killed node releases the lock with its connection.");
                }
                if (now - lastLog > LOG_EVERY.toNanos()) {
                    log.info("Waiting for another node's start-up on this database to finish ({}), {} s so far",
                            holder(connection), Duration.ofNanos(now - started).toSeconds());
                    lastLog = now;
                }
                Thread.sleep(WAIT_STEP.toMillis());
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the start-up lock on the database", e);
        } catch (InterruptedException e) {
            closeQuietly(connection);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the start-up lock", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        held = connection;
        heldSince = System.nanoTime();
        log.info("Start-up lock taken after {} ms, {} ms after the JVM started: this node alone migrates and"
                + " initialises the database", (heldSince - started) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        // logged before the unlock, so this node's turn as the log shows it ends before the next node's begins
        log.info("Start-up lock held {} ms, releasing it", (System.nanoTime() - heldSince) / 1_000_000);
        try {
            // a start that fails closes the pool before this bean, and the pool closes the connection: the
            // session has ended and taken the lock with it
            if (!held.isClosed()) {
                try (Statement sql = held.createStatement()) {
                    sql.execute("SELECT pg_advisory_unlock(" + KEY + ")");
                }
            }
        } catch (SQLException e) {
            // the session is gone, and its lock with it
            log.warn("Start-up lock: unlock failed ({}); the connection is closed instead", e.getMessage());
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** Who holds the lock, for the operator reading the log of the node that waits. */
    private static String holder(Connection connection) {
        String query = "SELECT a.pid, COALESCE(host(a.client_addr), 'local'), a.backend_start FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND ((l.classid::bigint << 32) | l.objid::bigint) = " + KEY;
        try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(query)) {
            return result.next()
                    ? "database session " + result.getInt(1) + " from " + result.getString(2) + " since "
                            + result.getString(3)
                    : "a session that has just ended";
        } catch (SQLException e) {
            return "a session that cannot be looked up: " + e.getMessage();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing the start-up lock connection", e);
        }
    }
}
