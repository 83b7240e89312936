package space.consortium.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests: the one named by {@code CONSORTIUM_TEST_POSTGRES_URL} (with
 * {@code CONSORTIUM_TEST_POSTGRES_USER} / {@code _PASSWORD}), or else an embedded PostgreSQL started once per JVM.
 * Each caller gets a fresh, empty database so Flyway migrates from scratch.
 */
public final class PostgresDatabase {

    /** JDBC coordinates of one fresh database. */
    public record Coordinates(String url, String user, String password) {
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {
    }

    /** Creates a new empty database and returns how to reach it. */
    public static synchronized Coordinates freshDatabase() {
        String external = System.getenv("CONSORTIUM_TEST_POSTGRES_URL");
        String user;
        String password;
        String adminUrl;
        if (external != null && !external.isBlank()) {
            adminUrl = external;
            user = envOr("CONSORTIUM_TEST_POSTGRES_USER", "postgres");
            password = envOr("CONSORTIUM_TEST_POSTGRES_PASSWORD", "");
        } else {
            adminUrl = embedded().getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        }
        String name = "consortium_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + adminUrl, e);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        return new Coordinates(url, user, password);
    }

    private static EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return embedded;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
