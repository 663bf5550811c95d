package id.jenjang.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's own PostgreSQL database, and the operator's hand on it: counting what the application stored
 * (each query on a connection of its own, so none is held through a cut), and cutting the application off.
 * Cuts act on this database only, from the server's maintenance database: the shared server is never stopped.
 */
final class FaultDatabase {

    final String name;

    private FaultDatabase(String name) {
        this.name = name;
    }

    /** Drops the scenario's database if a previous run left it, and creates it empty. */
    static FaultDatabase fresh(String scenario) throws SQLException {
        FaultDatabase database = new FaultDatabase(FaultSettings.DB_PREFIX + scenario);
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database.name);
        }
        return database;
    }

    String url() {
        return FaultSettings.DB_SERVER + name;
    }

    long count(String sql, Object... args) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    List<String> strings(String sql, Object... args) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** A two-column query (key, count) as a map in the query's order. */
    Map<String, Long> counts(String sql, Object... args) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** New connections to this database are refused (for everyone, superusers included) until allowed again. */
    void refuseConnections() throws SQLException {
        adminExecute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
    }

    void allowConnections() throws SQLException {
        adminExecute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    /** Ends every backend serving this database (the application's pool); returns how many there were. */
    int terminateBackends() throws SQLException {
        try (Connection admin = admin(); PreparedStatement sql = admin.prepareStatement(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ?"
                        + " AND pid <> pg_backend_pid()")) {
            sql.setString(1, name);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void adminExecute(String statement) throws SQLException {
        try (Connection admin = admin(); Statement sql = admin.createStatement()) {
            sql.execute(statement);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), FaultSettings.DB_USER, FaultSettings.DB_PASSWORD);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(FaultSettings.DB_SERVER + "postgres", FaultSettings.DB_USER,
                FaultSettings.DB_PASSWORD);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
