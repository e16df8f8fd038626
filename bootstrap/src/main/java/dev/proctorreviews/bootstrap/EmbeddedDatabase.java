package dev.proctorreviews.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the service starts for itself when no {@code PROCTOR_DB_URL} is given. Its files live under
 * the data directory and are kept across restarts; it listens on loopback only, requires passwords (see
 * {@link EmbeddedAccess}) and is as durable as PostgreSQL's defaults.
 *
 * <p>It is also kept alive and kept from lingering: a server left running by a predecessor that was killed is
 * stopped before this one starts, a {@link PostmasterWatchdog} stops this one when the JVM dies, and a
 * supervisor restarts it when it dies under the running service. When it cannot be restarted,
 * {@link #isAlive()} turns false, so that {@code /health/live} lets a process supervisor restart everything.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * The embedded library starts PostgreSQL with {@code -F} (no fsync) and {@code synchronous_commit=off}: fine
     * for throw-away test databases, but then an acknowledged review is lost when the machine or the container
     * dies. These restore PostgreSQL's own defaults on the command line, which no configuration file overrides.
     */
    static final Map<String, String> DURABILITY = Map.of("fsync", "on", "synchronous_commit", "on",
            "full_page_writes", "on");
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Path files;
    private final int port;
    private final EmbeddedCredentials credentials;
    private final ScheduledExecutorService supervisor;
    private EmbeddedPostgres postgres;
    private Postmaster postmaster;
    private PostmasterWatchdog watchdog;
    private boolean gaveUp;
    private boolean closed;

    private EmbeddedDatabase(Path files, int port, EmbeddedCredentials credentials) {
        this.files = files;
        this.port = port;
        this.credentials = credentials;
        this.supervisor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "embedded-db-supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path files = dataDir.resolve("postgres").toAbsolutePath().normalize();
        try {
            Files.createDirectories(files);
            stopLeftover(files);
        } catch (IOException e) {
            throw new UncheckedIOException("could not inspect the data directory " + files, e);
        }
        EmbeddedDatabase database;
        try {
            database = new EmbeddedDatabase(files, freePort(),
                    EmbeddedCredentials.readOrGenerate(dataDir.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port for the embedded PostgreSQL", e);
        }
        try {
            database.startServer();
        } catch (IOException | RuntimeException e) {
            database.close();
            throw new IllegalStateException(whyNotStarted(files, e), e);
        }
        database.supervisor.scheduleWithFixedDelay(database::supervise, CHECK_EVERY.toMillis(),
                CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return database;
    }

    /**
     * The cause, and the hint about user namespaces only where it applies: as root, PostgreSQL's {@code initdb}
     * runs only through a user namespace, and where those are blocked it fails with "cannot be run as root".
     */
    private static String whyNotStarted(Path files, Exception e) {
        String message = "Embedded PostgreSQL did not start (data directory " + files + "): " + e.getMessage();
        if ("root".equals(System.getProperty("user.name")) && String.valueOf(e.getMessage()).contains("initdb")) {
            message += ". As root, initdb runs only where user namespaces are allowed: run as an unprivileged user"
                    + " or set PROCTOR_DB_URL";
        }
        return message;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String user() {
        return EmbeddedCredentials.SERVICE_ROLE;
    }

    String password() {
        return credentials.servicePassword();
    }

    /** False once the server died and could not be restarted. */
    synchronized boolean isAlive() {
        return !gaveUp;
    }

    @Override
    public void close() {
        supervisor.shutdownNow();
        synchronized (this) {
            closed = true;
            stopServer();
        }
        LOG.info("Embedded PostgreSQL stopped");
    }

    /**
     * A server still running on these files although no service holds them: its service was killed (and its
     * watchdog with it). It is stopped so that this start does not fail on its {@code postmaster.pid}. A server
     * whose service is alive holds the library's lock file, and is left alone.
     */
    private static void stopLeftover(Path files) throws IOException {
        var leftover = Postmaster.of(files);
        if (leftover.isEmpty()) {
            return;
        }
        Postmaster found = leftover.get();
        if (!found.isPostgres()) {
            LOG.warn("{} names process {}, which is not PostgreSQL; removing the stale file",
                    files.resolve("postmaster.pid"), found.process().pid());
            Files.delete(files.resolve("postmaster.pid"));
            return;
        }
        try (FileOutputStream lockFile = new FileOutputStream(files.resolve("epg-lock").toFile());
             FileLock lock = lockFile.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("another running Proctor Reviews uses " + files
                        + " (its PostgreSQL is process " + found.process().pid() + "); stop it or choose another"
                        + " PROCTOR_DATA_DIR");
            }
        }
        LOG.warn("PostgreSQL (process {}) was left running on {} by a service that did not stop; stopping it",
                found.process().pid(), files);
        found.stop();
    }

    private void startServer() throws IOException {
        boolean lockedDown = EmbeddedAccess.isLockedDown(files);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(files)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setConnectConfig("password", credentials.superuserPassword());
        DURABILITY.forEach(builder::setServerConfig);
        postgres = builder.start();
        if (!lockedDown) {
            EmbeddedAccess.lockDown(port, files, credentials);
        }
        postmaster = Postmaster.of(files).orElseThrow(() -> new IllegalStateException(
                "PostgreSQL started but " + files.resolve("postmaster.pid") + " names no running process"));
        watchdog = PostmasterWatchdog.watch(postmaster);
        LOG.info("Embedded PostgreSQL started on port {} with data in {}", port, files);
    }

    private void stopServer() {
        if (watchdog != null) {
            watchdog.close();
            watchdog = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
            } finally {
                postgres = null;
            }
        }
    }

    /**
     * Restarts a server that died (killed, crashed, out of memory) on the same port, so the pool reconnects. One
     * attempt only: a start that fails leaves the embedded library's lock on the data directory held inside this
     * JVM, so a second attempt could not succeed; giving up makes {@code /health/live} fail and lets the process
     * supervisor restart the whole service, which is the reliable way out.
     */
    private synchronized void supervise() {
        if (closed || gaveUp || postmaster.running()) {
            return;
        }
        LOG.error("Embedded PostgreSQL is not running; restarting it");
        try {
            stopServer();
            stopLeftover(files);
            startServer();
            LOG.warn("Embedded PostgreSQL restarted");
        } catch (IOException | RuntimeException e) {
            gaveUp = true;
            LOG.error("Embedded PostgreSQL could not be restarted; /health/live now fails so that the service is"
                    + " restarted: {}", e.toString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
