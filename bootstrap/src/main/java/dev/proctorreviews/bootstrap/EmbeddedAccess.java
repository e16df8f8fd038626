package dev.proctorreviews.bootstrap;

import static dev.proctorreviews.bootstrap.EmbeddedCredentials.SERVICE_ROLE;
import static dev.proctorreviews.bootstrap.EmbeddedCredentials.SUPERUSER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded PostgreSQL. Its library creates a cluster that trusts every local connection
 * as the superuser; any account on the machine could then read learners' records, forge reviews and run programs
 * through {@code COPY … PROGRAM}. Locking it down gives the superuser a password, creates the service's own role
 * (no superuser, no role or database creation) as owner of the {@code public} schema and of everything in it, and
 * replaces {@code pg_hba.conf} by password authentication (SCRAM-SHA-256) for every connection. A data directory
 * set up by an older version (trust, tables owned by the superuser) is upgraded the same way on its next start;
 * every step is idempotent, so a start interrupted midway finishes the job the next time.
 */
final class EmbeddedAccess {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAccess.class);
    static final String HBA_MARKER = "# Proctor Reviews: passwords (SCRAM-SHA-256) for every connection";
    private static final String HBA = HBA_MARKER + "\n"
            + "local all all scram-sha-256\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n";

    /** Everything in {@code public} that the service role does not own yet: older versions created tables and their sequences only. */
    private static final String TAKE_OVER_SCHEMA = """
            DO $$
            DECLARE relation text;
            BEGIN
              FOR relation IN SELECT c.oid::regclass::text FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relowner <> '%1$s'::regrole
                    AND (c.relkind IN ('r', 'p', 'v', 'm')
                      OR (c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))))
              LOOP
                EXECUTE format('ALTER TABLE %%s OWNER TO %1$s', relation);
              END LOOP;
            END $$""";

    private EmbeddedAccess() {
    }

    /** Whether {@code pg_hba.conf} is already the service's own. */
    static boolean isLockedDown(Path files) {
        try {
            Path hba = files.resolve("pg_hba.conf");
            return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read pg_hba.conf in " + files, e);
        }
    }

    /** Locks down a server that still trusts local connections; it must be running on {@code port}. */
    static void lockDown(int port, Path files, EmbeddedCredentials credentials) {
        LOG.warn("The embedded PostgreSQL in {} trusts every local connection; setting passwords and a service"
                + " role without superuser rights", files);
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, SUPERUSER, "");
             Statement sql = connection.createStatement()) {
            sql.execute("SET password_encryption = 'scram-sha-256'");
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + credentials.superuserPassword() + "'");
            String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '"
                    + credentials.servicePassword() + "'";
            boolean exists;
            try (var rows = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + SERVICE_ROLE + "'")) {
                exists = rows.next();
            }
            sql.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + SERVICE_ROLE + attributes);
            sql.execute("ALTER SCHEMA public OWNER TO " + SERVICE_ROLE);
            sql.execute(TAKE_OVER_SCHEMA.formatted(SERVICE_ROLE));
            writeHba(files);
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up access to the embedded PostgreSQL: " + e.getMessage(), e);
        }
        LOG.info("The embedded PostgreSQL now requires passwords; the service connects as {}", SERVICE_ROLE);
    }

    /** Replaces the file in one step, so that a crash leaves the old or the new one, never half of it. */
    private static void writeHba(Path files) {
        try {
            Path next = files.resolve("pg_hba.conf.next");
            Files.writeString(next, HBA, StandardCharsets.UTF_8);
            Files.move(next, files.resolve("pg_hba.conf"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write pg_hba.conf in " + files, e);
        }
    }
}
