package dev.proctorreviews.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server process of a data directory, as named by its {@code postmaster.pid}. Knowing it lets the
 * service stop a server left behind by a predecessor that was killed, notice when its own server died, and
 * hand the watchdog the {@code pg_ctl} that stops it.
 */
record Postmaster(ProcessHandle process, Path files) {
    /** A fast shutdown: sessions are ended, a checkpoint is written; waits up to 30 s. */
    static final List<String> FAST_STOP = List.of("stop", "-m", "fast", "-w", "-t", "30");

    /** The live server process named in {@code files/postmaster.pid}, if there is one. */
    static Optional<Postmaster> of(Path files) {
        Path pidFile = files.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + pidFile, e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(Postmaster::running)
                .map(process -> new Postmaster(process, files));
    }

    /**
     * Alive and not a zombie: a killed server whose parent (often PID 1 in a container) has not reaped it yet
     * still has a process table entry.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | IndexOutOfBoundsException e) {
            return process.isAlive();
        }
    }

    boolean running() {
        return running(process);
    }

    /** Whether the process is a PostgreSQL server binary (and not an unrelated one that reused the PID). */
    boolean isPostgres() {
        return executable().map(path -> path.getFileName().toString().equals("postgres")).orElse(false);
    }

    /**
     * The command that runs {@code pg_ctl} on these files with the given arguments: the {@code pg_ctl} next to the
     * server binary, run the way the embedded library runs it (through {@code unshare -U} where it runs as root,
     * since {@code pg_ctl} refuses root).
     */
    List<String> pgCtl(List<String> arguments) {
        Path pgCtl = executable().map(path -> path.resolveSibling("pg_ctl")).filter(Files::isExecutable)
                .orElseThrow(() -> new IllegalStateException("no pg_ctl next to the PostgreSQL binary of process "
                        + process.pid()));
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", files.toString()));
        command.addAll(arguments);
        return command;
    }

    /**
     * Stops the server with a fast shutdown (sessions ended, a checkpoint written); {@code pg_ctl -w} returns once
     * the server has removed its {@code postmaster.pid}.
     */
    void stop() {
        List<String> command = pgCtl(FAST_STOP);
        try {
            Process stop = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!stop.waitFor(40, TimeUnit.SECONDS) || stop.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl could not stop PostgreSQL (process " + process.pid() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
        }
    }

    private Optional<Path> executable() {
        return process.info().command().map(Path::of);
    }
}
