package dev.proctorreviews.bootstrap.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The service as an operating-system process, started as an operator starts it (from the class path or the built
 * jar, configured by environment only, logging to {@code service.log} in its working directory), and the
 * processes that belong to it: the embedded PostgreSQL named by its {@code postmaster.pid}, and the watchdog.
 */
public final class ServiceProcess {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess() {
    }

    /** The service from this test JVM's class path, with the given main class. */
    public static List<String> fromClassPath(String mainClass) {
        return List.of(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), mainClass);
    }

    /** The service from the built jar (set {@code proctor.jar} to its path; the failsafe run does). */
    static List<String> fromJar() {
        Path jar = Path.of(System.getProperty("proctor.jar", "target/proctor-reviews.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: these tests run after package");
        }
        return List.of(java(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString());
    }

    /** Starts the command in {@code dir} with no PROCTOR_ variable from this JVM's environment but {@code env}. */
    public static Process launch(List<String> command, Path dir, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("service.log").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("PROCTOR_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Waits up to a minute for {@code /health/ready} to answer 200; fails at once when the process ends. */
    public static void awaitReady(int port, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service process ended with " + process.exitValue());
            }
            try {
                HttpResponse<Void> ready = CLIENT.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health/ready")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 60 s");
    }

    /** The running embedded PostgreSQL server of a data directory, as its {@code postmaster.pid} names it. */
    public static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
    }

    /**
     * SIGKILL to the service, its children (the watchdog) and its PostgreSQL with every server process, all at
     * once: what a machine crash or the OOM killer of a container does. Returns once all of them are gone.
     */
    static void killWithItsDatabase(Process service, Path dataDir) throws IOException, InterruptedException {
        List<ProcessHandle> victims = new ArrayList<>();
        victims.add(service.toHandle());
        service.descendants().forEach(victims::add);
        postmaster(dataDir).ifPresent(postgres -> Stream.concat(Stream.of(postgres), postgres.descendants())
                .forEach(victims::add));
        victims.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (victims.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
