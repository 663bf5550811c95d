package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The start-up lock on a real PostgreSQL (JENJANG_IT_DB_URL, default jenjang_it), without an application: a
 * node waits while another session holds the turn, takes it once that one lets go, gives up after its timeout
 * naming the holder, and frees the turn when the application is ready. The whole-application proof, nodes
 * starting together, is ClusterStartupFaultIT.
 */
@Timeout(120)
class StartupLockPostgresIT {

    final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            System.getenv().getOrDefault("JENJANG_IT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/jenjang_it"),
            System.getenv().getOrDefault("JENJANG_IT_DB_USER", "postgres"), "");

    @Test
    void aNodeWaitsWhileAnotherHoldsTheTurnAndTakesItOnceReleased() throws Exception {
        AtomicBoolean holderLetGo = new AtomicBoolean();
        try (Connection holder = dataSource.getConnection()) {
            assertThat(tryLock(holder)).isTrue();
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                sleep(Duration.ofSeconds(1));
                holderLetGo.set(true);
                unlock(holder);
            });
            StartupLock lock = lock("PT1M");
            lock.postProcessAfterInitialization(dataSource, "dataSource");
            assertThat(holderLetGo).as("the turn was taken only after the holder let go").isTrue();
            release.get(10, TimeUnit.SECONDS);
            try (Connection other = dataSource.getConnection()) {
                assertThat(tryLock(other)).as("held by the starting node").isFalse();
                lock.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null,
                        Duration.ZERO));
                assertThat(tryLock(other)).as("free once the application is ready").isTrue();
                unlock(other);
            }
        }
    }

    @Test
    void aNodeGivesUpAfterItsTimeoutAndNamesTheSessionHoldingTheTurn() throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            assertThat(tryLock(holder)).isTrue();
            int pid = backendPid(holder);
            try {
                assertThatThrownBy(() -> lock("PT1S").postProcessAfterInitialization(dataSource, "dataSource"))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(StartupLock.TIMEOUT_PROPERTY)
                        .hasMessageContaining("database session " + pid);
            } finally {
                unlock(holder);
            }
        }
    }

    @Test
    void aFailedStartFreesTheTurnWhenItsContextCloses() throws Exception {
        StartupLock lock = lock("PT10S");
        lock.postProcessAfterInitialization(dataSource, "dataSource");
        try (Connection other = dataSource.getConnection()) {
            assertThat(tryLock(other)).isFalse();
            lock.destroy();
            assertThat(tryLock(other)).isTrue();
            unlock(other);
        }
    }

    @Test
    void onlyTheFirstDataSourceIsLockedAndEveryBeanIsReturnedAsItIs() throws Exception {
        StartupLock lock = lock("PT10S");
        Object bean = new Object();
        assertThat(lock.postProcessAfterInitialization(bean, "other")).isSameAs(bean);
        assertThat(lock.postProcessAfterInitialization(dataSource, "dataSource")).isSameAs(dataSource);
        // a second data source (none exists today) would not wait for the node's own turn
        assertThat(lock.postProcessAfterInitialization(dataSource, "second")).isSameAs(dataSource);
        lock.destroy();
    }

    private static StartupLock lock(String timeout) {
        return new StartupLock(new MockEnvironment().withProperty(StartupLock.TIMEOUT_PROPERTY, timeout));
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        return query(connection, "SELECT pg_try_advisory_lock(" + StartupLock.KEY + ")").getBoolean(1);
    }

    private static void unlock(Connection connection) {
        try {
            query(connection, "SELECT pg_advisory_unlock(" + StartupLock.KEY + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        return query(connection, "SELECT pg_backend_pid()").getInt(1);
    }

    private static ResultSet query(Connection connection, String sql) throws SQLException {
        Statement statement = connection.createStatement();
        statement.closeOnCompletion();
        ResultSet result = statement.executeQuery(sql);
        result.next();
        return result;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
