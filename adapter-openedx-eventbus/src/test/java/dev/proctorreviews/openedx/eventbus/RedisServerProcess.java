package dev.proctorreviews.openedx.eventbus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} child process of the test, on a free loopback port, so a test can stop and start Redis
 * without touching the shared one: without persistence, or with an append-only file in a directory of the test's
 * (synced on every write), so that what was added before a stop is still there after the next start. Needs
 * {@code redis-server} on the PATH ({@code .ci/run} installs it when missing).
 */
public final class RedisServerProcess implements AutoCloseable {
    private static final int READY_CHECKS = 200;

    private final int port = freePort();
    private final String password;
    private final Optional<Path> dataDir;
    private Process process;

    public RedisServerProcess(String password) {
        this(password, Optional.empty());
    }

    /** @param dataDir where the append-only file lives across stops; empty = nothing kept */
    public RedisServerProcess(String password, Optional<Path> dataDir) {
        this.password = password;
        this.dataDir = dataDir;
    }

    /** The URL to reach it, with the password and the given database. */
    public URI url(int database) {
        return URI.create("redis://:" + password + "@127.0.0.1:" + port + "/" + database);
    }

    public void start() {
        try {
            List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port), "--bind",
                    "127.0.0.1", "--save", "", "--requirepass", password));
            dataDir.ifPresentOrElse(dir -> command.addAll(List.of("--appendonly", "yes", "--appendfsync", "always",
                    "--dir", dir.toString())), () -> command.addAll(List.of("--appendonly", "no")));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server (is it installed?)", e);
        }
        awaitListening();
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping redis-server", e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private void awaitListening() {
        for (int check = 0; check < READY_CHECKS; check++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("redis-server did not listen on port " + port);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
