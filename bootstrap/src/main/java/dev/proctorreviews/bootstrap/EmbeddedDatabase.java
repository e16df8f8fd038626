package dev.proctorreviews.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the service starts for itself when no {@code PROCTOR_DB_URL} is given. Its files live under
 * the data directory and are kept across restarts; it listens on loopback only.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path files = dataDir.resolve("postgres").toAbsolutePath().normalize();
        try {
            Files.createDirectories(files);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(files)
                    .setCleanDataDirectory(false)
                    .setPort(freePort())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            LOG.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), files);
            return new EmbeddedDatabase(postgres);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start (data directory " + files
                    + "). Where user namespaces are blocked it fails with 'initdb: cannot be run as root':"
                    + " run as an unprivileged user or set PROCTOR_DB_URL. Cause: " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
