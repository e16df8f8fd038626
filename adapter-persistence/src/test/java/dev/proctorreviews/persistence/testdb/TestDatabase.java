package dev.proctorreviews.persistence.testdb;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.proctorreviews.persistence.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One migrated PostgreSQL per test JVM, never H2 and never mocked. Order of choice:
 * {@code PROCTOR_TEST_DB_URL} (with {@code PROCTOR_TEST_DB_USER}/{@code PROCTOR_TEST_DB_PASSWORD}) when set;
 * else Testcontainers when a Docker daemon answers; else an embedded PostgreSQL (the build machines' case).
 * Tests keep apart by using fresh ids, not by truncating, so the same database serves every test class.
 */
public final class TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static HikariDataSource dataSource;
    private static String description;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            Server server = start();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server.url());
            config.setUsername(server.user());
            config.setPassword(server.password());
            config.setMaximumPoolSize(16);
            config.setPoolName("test-db");
            dataSource = new HikariDataSource(config);
            Migrations.migrate(dataSource);
            description = server.description();
            LOG.info("Tests run on {}", description);
        }
        return dataSource;
    }

    /** Which kind of server the tests run on, for reports. */
    public static synchronized String description() {
        dataSource();
        return description;
    }

    /** A JDBC URL, user and password for the same server, for code that builds its own pool. */
    public static synchronized Server server() {
        dataSource();
        return new Server(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword(), description);
    }

    private static Server start() {
        String url = System.getenv("PROCTOR_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, envOr("PROCTOR_TEST_DB_USER", "postgres"), envOr("PROCTOR_TEST_DB_PASSWORD", ""),
                    "PROCTOR_TEST_DB_URL");
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + container.getDockerImageName());
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }));
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Where a test server is. */
    public record Server(String url, String user, String password, String description) {
    }
}
