package dev.proctorreviews.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the current schema; runs on every start, so that a new version migrates by itself.
 *
 * <p>Flyway itself runs only when the database is not exactly at this build's schema: when every script of
 * {@link #SCRIPTS}, and nothing else, is recorded as applied, one query settles it. Loading and running Flyway
 * costs about a second of the two-second start-up budget on a small machine; what the shortcut gives up is
 * Flyway's checksum check of scripts already applied (an edited, already-applied script goes unnoticed until the
 * next migration runs). A database behind, ahead, or with a failed migration still goes through Flyway.
 */
public final class Migrations {
    /** This build's migration scripts in order; a test keeps the list equal to {@code db/migration}. */
    static final List<String> SCRIPTS = List.of("V1__review_workflow_schema.sql", "V2__parked_deliveries.sql",
            "V3__staff_sessions.sql", "V4__outbox_and_subscriptions.sql", "V5__openedx_lifecycle.sql",
            "V6__retirement.sql");

    private static final String APPLIED = "SELECT CASE WHEN success THEN script ELSE 'failed: ' || script END"
            + " AS script FROM flyway_schema_history WHERE version IS NOT NULL OR NOT success ORDER BY installed_rank";
    private static final String UNDEFINED_TABLE = "42P01";

    private Migrations() {
    }

    /** Applies pending migrations; returns how many ran. */
    public static int migrate(DataSource dataSource) {
        if (applied(dataSource).equals(SCRIPTS)) {
            return 0;
        }
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** The scripts recorded as applied, oldest first; a failed one is marked so that it never matches. */
    private static List<String> applied(DataSource dataSource) {
        List<String> scripts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(APPLIED);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                scripts.add(rows.getString("script"));
            }
            return scripts;
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return List.of();
            }
            throw PostgresTransactions.translate(e);
        }
    }
}
