package id.jenjang.notification;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Statements on mail_outbox that must commit on their own, at once, whatever becomes of the sending job's
 * transaction: "this row is being handed over" before a mail leaves and "sent" right after the relay's 250.
 * They use a small pool of their own (same database, same credentials), not the application's: the sending job
 * already holds one of the application's connections for its transaction, and a second one taken from the same
 * pool could wait forever once every connection is held by a sending job waiting for its second.
 *
 * <p>Plain JDBC, a connection from the pool per statement: Spring's {@code JdbcTemplate} would bind the
 * connection to the sending job's transaction for as long as it runs, so after a database cut every retry would
 * get the same dead connection back. Not a {@code DataSource} bean, so Spring Boot's, Flyway's and the engine's
 * data source stay the only one.
 */
@Component
class OutboxCommits implements DisposableBean {

    static final String POOL_NAME = "jenjang-mail-outbox";

    /** Statements run in one commit on one connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    OutboxCommits(DataSourceProperties properties, MailSettings settings) {
        pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName(POOL_NAME);
        pool.setMaximumPoolSize(settings.outboxConnections());
        pool.setMinimumIdle(0);
        pool.setAutoCommit(true);
        if (pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            // pg_stat_activity tells these connections from the application's
            pool.addDataSourceProperty("ApplicationName", POOL_NAME);
        }
    }

    /** One statement, committed by itself; the rows it changed. */
    int update(String sql, Object... args) {
        return withConnection(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, args)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Several statements in one commit; rolled back, as far as the connection still can, if one fails. */
    <T> T inOneCommit(String what, Work<T> work) {
        return withConnection(what, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException lost) {
                    e.addSuppressed(lost);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException lost) {
                    // a connection that cannot even do this is broken, and the pool drops it
                }
            }
        });
    }

    /** A connection of this pool, never one bound to the caller's transaction; SQL errors as Spring's. */
    private <T> T withConnection(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            DataAccessException translated = translator.translate("mail outbox", what, e);
            throw translated != null ? translated : new UncategorizedSQLException("mail outbox", what, e);
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Timestamp t) {
                statement.setTimestamp(i + 1, t);
            } else {
                statement.setObject(i + 1, arg);
            }
        }
        return statement;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
