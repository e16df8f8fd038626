package dev.proctorreviews.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as the service starts it: as durable as PostgreSQL's defaults, closed to local accounts
 * without its password, the service connected as a role that owns its schema and nothing more, and a data
 * directory from an older version (trust, superuser-owned tables) upgraded on start.
 */
class EmbeddedDatabaseIT {

    @Test
    void commitsAreDurableWhateverTheConfigurationFilesSay(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir); Connection connection = connect(database);
             Statement sql = connection.createStatement()) {
            for (String name : EmbeddedDatabase.DURABILITY.keySet()) {
                try (ResultSet shown = sql.executeQuery("SHOW " + name)) {
                    assertThat(shown.next()).isTrue();
                    assertThat(shown.getString(1)).as(name).isEqualTo("on");
                }
            }
            Map<String, String> sources = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT name, setting || ' from ' || source FROM pg_settings"
                    + " WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")) {
                while (rows.next()) {
                    sources.put(rows.getString(1), rows.getString(2));
                }
            }
            assertThat(sources).containsOnly(Map.entry("fsync", "on from command line"),
                    Map.entry("synchronous_commit", "on from command line"),
                    Map.entry("full_page_writes", "on from command line"));
        }
    }

    @Test
    void onlyTheServiceRoleGetsInAndItIsNoSuperuser(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir)) {
            assertThat(Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.FILE_NAME)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.user(), "").close())
                    .isInstanceOf(SQLException.class);

            try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
                try (ResultSet role = sql.executeQuery("SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles"
                        + " WHERE rolname = current_user")) {
                    assertThat(role.next()).isTrue();
                    assertThat(new boolean[] {role.getBoolean(1), role.getBoolean(2), role.getBoolean(3)})
                            .containsOnly(false);
                }
                assertThatThrownBy(() -> sql.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                sql.execute("CREATE TABLE owned_by_the_service (id int)");
                assertThat(owner(sql, "owned_by_the_service")).isEqualTo(EmbeddedCredentials.SERVICE_ROLE);
            }
        }
    }

    @Test
    void aDataDirectoryOfAnOlderVersionIsUpgradedOnStart(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE kept (id bigserial PRIMARY KEY, what text)");
            sql.execute("INSERT INTO kept (what) VALUES ('written by an older version')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir); Connection connection = connect(database);
             Statement sql = connection.createStatement()) {
            assertThat(owner(sql, "kept")).isEqualTo(EmbeddedCredentials.SERVICE_ROLE);
            assertThat(owner(sql, "kept_id_seq")).isEqualTo(EmbeddedCredentials.SERVICE_ROLE);
            sql.execute("INSERT INTO kept (what) VALUES ('written by this version')");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static String owner(Statement sql, String relation) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = '"
                + relation + "'")) {
            assertThat(rows.next()).as(relation).isTrue();
            return rows.getString(1);
        }
    }
}
