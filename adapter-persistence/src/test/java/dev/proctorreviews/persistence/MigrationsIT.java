package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The start-up shortcut knows every migration script, and takes an up-to-date database as it is. */
class MigrationsIT {

    @Test
    void theShortcutListsExactlyTheScriptsInDbMigration() throws IOException {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.map(f -> f.getFileName().toString())
                    .sorted(Comparator.comparingInt(MigrationsIT::version)).toList();
        }

        assertThat(Migrations.SCRIPTS).isEqualTo(scripts);
    }

    @Test
    void anUpToDateDatabaseNeedsNoMigration() {
        assertThat(Migrations.migrate(TestDatabase.dataSource())).isZero();
    }

    /**
     * Deliveries parked before retirement could find them get their attempt code from their body; a body that is
     * not JSON does not stop the upgrade. Runs in a schema of its own, migrated first to the version before.
     */
    @Test
    void theRetirementUpgradeGivesDeliveriesParkedEarlierTheirAttemptCode() throws SQLException {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        DataSource dataSource = TestDatabase.dataSource();
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").target("3")
                .load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(parked(schema, 1, "software_secure", "{\"examMetaData\": {\"examCode\": \"ABC-1\"}}"));
            s.execute(parked(schema, 2, "software_secure", "not json"));
            s.execute(parked(schema, 3, "psi", "{\"examMetaData\": {\"examCode\": \"ABC-3\"}}"));
        }

        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load()
                .migrate();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rows = s.executeQuery("SELECT id, attempt_code FROM " + schema + ".parked_delivery ORDER BY id");
            List<String> codes = new ArrayList<>();
            while (rows.next()) {
                codes.add(rows.getLong("id") + "=" + rows.getString("attempt_code"));
            }
            assertThat(codes).containsExactly("1=ABC-1", "2=null", "3=null");
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static String parked(String schema, int id, String vendor, String payload) {
        return "INSERT INTO " + schema + ".parked_delivery (id, vendor, external_id_from_route, payload, payload_sha256, reason,"
                + " detail, state, deliveries, first_received_at, last_received_at) VALUES (" + id + ", '" + vendor
                + "', '', '" + payload + "', 'sha" + id + "', 'attempt_not_found', '', 'parked', 1, now(), now())";
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
