package id.jenjang.notification;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Statements on mail_outbox that must commit on their own, at once, whatever becomes of the sending job's
 * transaction: "this row is being handed over" before a mail leaves and "sent" right after the relay's 250.
 * They use a small pool of their own (same database, same credentials), not the application's: the sending job
 * already holds one of the application's connections for its transaction, and a second one taken from the same
 * pool could wait forever once every connection is held by a sending job waiting for its second.
 * Not a {@code DataSource} bean, so Spring Boot's, Flyway's and the engine's data source stay the only one.
 */
@Component
class OutboxCommits implements DisposableBean {

    static final String POOL_NAME = "jenjang-mail-outbox";

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

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
        jdbc = new JdbcTemplate(pool);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
