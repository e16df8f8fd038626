package dev.proctorreviews.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.bootstrap.e2e.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as a process, started the way the README starts it: no configuration but a port and a data
 * directory, an embedded PostgreSQL that keeps its data across a restart, and a clean stop on SIGTERM that
 * leaves no PostgreSQL behind. Also: a bad value stops start-up with one line and a non-zero exit.
 */
class ProcessLifecycleIT {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aBadValueStopsStartUpWithOneLine(@TempDir Path dir) throws Exception {
        Process process = launch(dir, Map.of("PROCTOR_HTTP_PORT", "abc"));

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("service.log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output.lines().filter(l -> !l.isBlank()).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("PROCTOR_HTTP_PORT", "abc"));
    }

    @Test
    void embeddedDataSurvivesARestartAndSigtermStopsEverything(@TempDir Path dir) throws Exception {
        int port = ServiceProcess.freePort();
        Process first = launch(dir, Map.of("PROCTOR_HTTP_PORT", Integer.toString(port)));
        ServiceProcess.awaitReady(port, first);
        String token = Files.readString(dir.resolve("data/api-token")).trim();
        assertThat(send(port, "PUT", "/api/v1/users/42", token,
                "{\"username\": \"kept\", \"email\": \"kept@example.com\"}").statusCode()).isEqualTo(200);
        stopWithSigterm(first, dir);

        Process second = launch(dir, Map.of("PROCTOR_HTTP_PORT", Integer.toString(port)));
        ServiceProcess.awaitReady(port, second);
        HttpResponse<String> kept = send(port, "GET", "/api/v1/users/42", token, null);
        stopWithSigterm(second, dir);

        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).contains("\"username\":\"kept\"");
    }

    @Test
    void killedAloneTheServiceTakesItsDatabaseWithItAndTheNextStartWorks(@TempDir Path dir) throws Exception {
        int port = ServiceProcess.freePort();
        Process first = launchReady(dir, port);
        ProcessHandle postgres = postmaster(dir);

        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(postgres.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).get())
                .as("the watchdog stopped PostgreSQL").isNotNull();

        stopWithSigterm(launchReady(dir, port), dir);
    }

    @Test
    void aPostgresLeftRunningByAKilledServiceIsStoppedByTheNextStart(@TempDir Path dir) throws Exception {
        int port = ServiceProcess.freePort();
        Process first = launchReady(dir, port);
        ProcessHandle orphan = postmaster(dir);
        List<ProcessHandle> watchdogs = first.children().toList();
        assertThat(watchdogs).as("the watchdog").isNotEmpty();
        watchdogs.forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(orphan.isAlive()).as("PostgreSQL outlived its service").isTrue();

        Process second = launchReady(dir, port);
        String log = Files.readString(dir.resolve("service.log"), StandardCharsets.UTF_8);
        stopWithSigterm(second, dir);

        assertThat(log).contains("was left running on").doesNotContain("user namespaces");
        assertThat(orphan.isAlive()).isFalse();
    }

    private void stopWithSigterm(Process process, Path dir) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        String dataDir = dir.resolve("data").toAbsolutePath().toString();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(dataDir))
                .filter(ProcessHandle::isAlive).toList()).as("no orphaned PostgreSQL").isEmpty();
    }

    private HttpResponse<String> send(int port, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Process launch(Path dir, Map<String, String> env) throws IOException {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("PROCTOR_DATA_DIR", dir.resolve("data").toString());
        return ServiceProcess.launch(ServiceProcess.fromClassPath(Main.class.getName()), dir, all);
    }

    private static Process launchReady(Path dir, int port) throws IOException, InterruptedException {
        Process process = launch(dir, Map.of("PROCTOR_HTTP_PORT", Integer.toString(port)));
        ServiceProcess.awaitReady(port, process);
        return process;
    }

    private static ProcessHandle postmaster(Path dir) throws IOException {
        return ServiceProcess.postmaster(dir.resolve("data")).orElseThrow();
    }
}
