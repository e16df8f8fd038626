package dev.proctorreviews.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.proctorreviews.persistence.Migrations;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's database: the configured server or an embedded one, behind a HikariCP pool sized for the
 * machine, migrated by Flyway before anything else uses it.
 */
final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Optional<EmbeddedDatabase> embedded;
    private final HikariDataSource pool;

    private Database(Optional<EmbeddedDatabase> embedded, HikariDataSource pool) {
        this.embedded = embedded;
        this.pool = pool;
    }

    static Database open(Configuration configuration, MeterRegistry registry) {
        Optional<EmbeddedDatabase> embedded = configuration.database().isPresent() ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(configuration.dataDir()));
        HikariConfig config = new HikariConfig();
        configuration.database().ifPresentOrElse(server -> {
            config.setJdbcUrl(server.url());
            config.setUsername(server.user());
            config.setPassword(server.password());
        }, () -> {
            config.setJdbcUrl(embedded.get().jdbcUrl());
            config.setUsername("postgres");
        });
        config.setPoolName("proctor-db");
        config.setMaximumPoolSize(configuration.dbPoolSize());
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(10_000);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        try {
            HikariDataSource pool = new HikariDataSource(config);
            int migrations = Migrations.migrate(pool);
            LOG.info("Database ready ({} migration(s) applied)", migrations);
            return new Database(embedded, pool);
        } catch (RuntimeException e) {
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
    }

    DataSource dataSource() {
        return pool;
    }

    /** Whether the database answers a trivial query within a second. */
    boolean answers() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
