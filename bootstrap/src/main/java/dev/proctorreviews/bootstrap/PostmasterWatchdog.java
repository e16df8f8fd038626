package dev.proctorreviews.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the embedded PostgreSQL from outliving the service. PostgreSQL runs as its own daemon (its parent is
 * {@code pg_ctl}, which exits at once), so when the JVM is killed outright no shutdown hook runs and the server
 * would keep the data directory and its port. The watchdog is a tiny {@code /bin/sh} child whose standard input
 * is a pipe from the JVM; nothing is ever written to it. However the JVM ends, the kernel closes the pipe, the
 * shell's {@code read} sees end-of-file and it runs {@code pg_ctl stop -m fast}. It ignores SIGINT and SIGHUP so
 * that a Ctrl-C in a terminal leaves the clean stop to the JVM's shutdown hook, which ends the watchdog first.
 */
final class PostmasterWatchdog implements AutoCloseable {
    private static final String SCRIPT = "trap '' INT HUP; while read -r _; do :; done; exec \"$@\"";

    private final Process shell;

    private PostmasterWatchdog(Process shell) {
        this.shell = shell;
    }

    static PostmasterWatchdog watch(Postmaster postmaster) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "proctor-db-watchdog"));
        command.addAll(postmaster.pgCtl(Postmaster.FAST_STOP));
        try {
            return new PostmasterWatchdog(new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the database watchdog (/bin/sh)", e);
        }
    }

    /** Ends the watchdog without letting it stop the server: the service stops the server itself. */
    @Override
    public void close() {
        shell.destroy();
        try {
            shell.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
