package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away and comes back. Meanwhile callbacks, the management API and readiness answer 503 with
 * Retry-After; nothing is half-written; when it returns the service recovers by itself, and the vendors'
 * retries of the same deliveries are applied exactly once.
 */
class DatabaseOutageIT {

    @Test
    void theServiceRidesOutADatabaseOutage(@TempDir Path dir) throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = start(dir, port);
        try (RunningService service = RunningService.start(Map.of(
                "PROCTOR_DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "PROCTOR_DB_USER", "postgres",
                "PROCTOR_DB_PASSWORD", ""))) {
            Lms lms = new Lms(service);
            JsonNode exam = lms.exam("psi", false);
            List<Signed> deliveries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                JsonNode attempt = lms.attempt(exam, lms.user("learner", false));
                byte[] body = Lms.psiBody("passed", null).getBytes(StandardCharsets.UTF_8);
                String id = "msg_" + UUID.randomUUID();
                deliveries.add(new Signed(attempt, body, RunningService.PSI.sign(body, id,
                        Instant.now().getEpochSecond())));
            }
            long feedStart = Feed.lastSeq(service);
            for (Signed d : deliveries.subList(0, 10)) {
                assertThat(send(service, d).status()).isEqualTo(200);
            }

            postgres.close();
            for (Signed d : deliveries.subList(10, 20)) {
                RunningService.Response answer = send(service, d);
                problem(answer, 503, "database_unavailable");
                assertThat(answer.header("Retry-After")).isNotBlank();
            }
            problem(service.unauthenticated("GET", "/health/ready"), 503, "database_unavailable");
            problem(service.get("/api/v1/events"), 503, "database_unavailable");

            long restarted = System.nanoTime();
            postgres = start(dir, port);
            while (service.unauthenticated("GET", "/health/ready").status() != 200) {
                Thread.sleep(50);
            }
            long recoveryMillis = (System.nanoTime() - restarted) / 1_000_000;
            System.err.printf("outage recovery: ready %d ms after the database was back%n", recoveryMillis);

            // Vendors retry after Retry-After; do the same for the short while the service still refuses work.
            List<JsonNode> retried = new ArrayList<>();
            for (Signed d : deliveries) {
                RunningService.Response answer = send(service, d);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (answer.status() == 503 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    answer = send(service, d);
                }
                retried.add(ok(answer, 200));
            }
            System.err.printf("outage recovery: callbacks applied %d ms after the database was back%n",
                    (System.nanoTime() - restarted) / 1_000_000);
            assertThat(retried.subList(0, 10)).allMatch(a -> a.get("duplicate").asBoolean());
            assertThat(retried.subList(10, 20)).allMatch(a -> a.get("applied").asBoolean());
            Set<String> codes = new HashSet<>();
            for (Signed d : deliveries) {
                assertThat(lms.review(d.attempt()).get("version").asInt()).isEqualTo(1);
                assertThat(lms.history(d.attempt())).isEmpty();
                codes.add(d.attempt().get("attempt_code").asText());
            }
            List<String> received = Feed.after(service, feedStart).stream()
                    .filter(e -> e.get("type").asText().equals("review_received"))
                    .map(e -> e.get("data").get("review_attempt_code").asText()).toList();
            assertThat(received).hasSize(20).doesNotHaveDuplicates();
            assertThat(new HashSet<>(received)).isEqualTo(codes);
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path dir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private static RunningService.Response send(RunningService service, Signed d) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base
                + Lms.psiPath(d.attempt().get("external_id").asText()))).POST(HttpRequest.BodyPublishers.ofByteArray(
                d.body()));
        d.headers().forEach(request::header);
        return service.send(request.build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Signed(JsonNode attempt, byte[] body, Map<String, String> headers) {
    }
}
