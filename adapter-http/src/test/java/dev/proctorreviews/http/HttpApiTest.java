package dev.proctorreviews.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.in.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.ReviewSummary;
import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The app from its factory with stub use cases: each result variant maps to its status, in one place. */
class HttpApiTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReviewSummary SUMMARY = new ReviewSummary(new AttemptCode("CODE"),
            Optional.of(ReviewStatus.CLEAN), AttemptStatus.VERIFIED);

    private final AtomicReference<Supplier<ReceiveReviewResult>> next = new AtomicReference<>();
    private final AtomicReference<Boolean> ready = new AtomicReference<>(true);
    private HttpApi app;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        UseCases useCases = new UseCases(command -> next.get().get(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, () -> 0L);
        HttpSettings settings = new HttpSettings(List.of("token"), Map.of(ReviewSource.PSI, List.of(KEY),
                ReviewSource.SOFTWARE_SECURE, List.of(KEY)), false, Duration.ofMinutes(5), 64, Duration.ofMillis(100),
                Clock.systemUTC());
        app = HttpApi.create(settings, useCases, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), ready::get)
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop(Duration.ofSeconds(1));
    }

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of(new ReceiveReviewResult.Applied(SUMMARY), 200, null),
                Arguments.of(new ReceiveReviewResult.Duplicate(SUMMARY), 200, null),
                Arguments.of(new ReceiveReviewResult.SupersededByStaffDecision(SUMMARY), 200, null),
                Arguments.of(new ReceiveReviewResult.MalformedPayload(List.of(new FieldError("status", "x"))), 400,
                        "malformed_payload"),
                Arguments.of(new ReceiveReviewResult.BadReviewStatus("bad"), 422, "bad_review_status"),
                Arguments.of(new ReceiveReviewResult.AttemptNotFound("none"), 404, "attempt_not_found"),
                Arguments.of(new ReceiveReviewResult.ExternalIdMismatch("mismatch"), 403, "external_id_mismatch"),
                Arguments.of(new ReceiveReviewResult.ExamNotProctored("off"), 412, "exam_not_proctored"),
                Arguments.of(new ReceiveReviewResult.ReviewAlreadyExists("exists"), 409, "review_already_exists"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("results")
    void eachResultHasItsAnswer(ReceiveReviewResult result, int status, String code) throws Exception {
        next.set(() -> result);

        HttpResponse<String> response = signedPsi("{}");

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        if (code == null) {
            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.get("duplicate").asBoolean())
                    .isEqualTo(result instanceof ReceiveReviewResult.Duplicate);
            assertThat(body.get("applied").asBoolean()).isEqualTo(result instanceof ReceiveReviewResult.Applied);
        } else {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(body.get("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() throws Exception {
        next.set(() -> {
            throw new StorageUnavailableException("down", null);
        });

        HttpResponse<String> response = signedPsi("{}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("database_unavailable");
    }

    @Test
    void aBugIs500WithOnlyACorrelationId() throws Exception {
        next.set(() -> {
            throw new IllegalStateException("secret internals at org.example.Thing");
        });

        HttpResponse<String> response = signedPsi("{}");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret", "IllegalState", "org.example", "Exception");
        assertThat(JSON.readTree(response.body()).get("instance").asText()).startsWith("urn:uuid:");
    }

    @Test
    void readinessFollowsTheDatabase() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        ready.set(false);
        HttpResponse<String> down = get("/health/ready");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheServedRoutes() throws Exception {
        JsonNode doc = JSON.readTree(get("/openapi.json").body());
        Set<String> documented = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        Set<String> served = new HashSet<>(app.routes());
        served.removeAll(LandingRoutes.PAGES);

        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(documented).isEqualTo(served);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signedPsi(String body) throws IOException, InterruptedException,
            GeneralSecurityException {
        String id = "msg_1";
        long timestamp = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                        + "/callbacks/psi/attempts/ext/reviewed"))
                .header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", "v1," + signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
