package dev.proctorreviews.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database to the current schema; runs on every start, so that a new version migrates by itself. */
public final class Migrations {
    private Migrations() {
    }

    /** Applies pending migrations; returns how many ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
