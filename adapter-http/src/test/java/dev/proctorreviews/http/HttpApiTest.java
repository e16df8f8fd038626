package dev.proctorreviews.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.in.attempt.ArchiveResult;
import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.delivery.ReplayResult;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.StaffDecisionResult;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.in.subscription.RetryResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionResult;
import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.domain.review.ReviewSource;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The app from its factory with stub use cases: each result variant maps to its status, in one place. */
class HttpApiTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StubCore core = new StubCore();
    private final AtomicReference<Boolean> ready = new AtomicReference<>(true);
    private HttpApi app;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        HttpSettings settings = new HttpSettings(List.of("token"), Map.of(ReviewSource.PSI, List.of(KEY),
                ReviewSource.SOFTWARE_SECURE, List.of(KEY)), false, Duration.ofMinutes(5), 64, Duration.ofMillis(100),
                Clock.systemUTC());
        app = HttpApi.create(settings, core, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), ready::get)
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop(Duration.ofSeconds(1));
    }

    /** Every variant of every result type (the table of {@link AnswersTest}), sent through its route. */
    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("dev.proctorreviews.http.AnswersTest#variants")
    void eachResultHasItsAnswerOverHttp(Object result, Object mapping, int status, String outcome) throws Exception {
        HttpResponse<String> response = routeFor(result);

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        if (outcome.equals(body.path("code").asText())) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        } else if (result instanceof ReceiveReviewResult || result instanceof ReplayResult) {
            assertThat(body.get("status").asText()).isEqualTo("ok");
            assertThat(body.get("duplicate").asBoolean()).isEqualTo(outcome.equals("duplicate")
                    || outcome.equals("replay"));
            assertThat(body.get("applied").asBoolean()).isEqualTo(outcome.equals("applied"));
        } else {
            assertThat(body.has("code")).isFalse();
        }
    }

    private HttpResponse<String> routeFor(Object result) throws Exception {
        if (result instanceof ReceiveReviewResult callback) {
            core.received = () -> callback;
            return signedPsi("{}");
        }
        if (result instanceof ReplayResult replay) {
            core.replay = replay;
            return api("POST", "/api/v1/deliveries/1/replay", "");
        }
        if (result instanceof ExamResult exam) {
            core.exam = exam;
            return api("POST", "/api/v1/exams", "{\"course_id\": \"c\", \"content_id\": \"x\", \"exam_name\": \"E\","
                    + " \"backend\": \"psi\"}");
        }
        if (result instanceof AttemptResult attempt) {
            core.attempt = attempt;
            return api("POST", "/api/v1/attempts", "{\"exam_id\": 1, \"user_id\": 2}");
        }
        if (result instanceof ArchiveResult archive) {
            core.archive = archive;
            return api("DELETE", "/api/v1/attempts/1?requesting_user_id=7", "");
        }
        if (result instanceof SignInLinkResult link) {
            core.signInLink = link;
            return api("POST", "/api/v1/users/7/sign-in-links", "{\"return_to\": \"/instructor/c/4?attempt=x\"}");
        }
        if (result instanceof SubscriptionResult subscription) {
            core.subscription = subscription;
            return api("POST", "/api/v1/subscriptions", "{\"url\": \"https://lms.example.org/hooks\"}");
        }
        if (result instanceof RetryResult retry) {
            core.retry = retry;
            return api("POST", "/api/v1/subscriptions/sub_x/deliveries/3/retry", "");
        }
        core.decision = (StaffDecisionResult) result;
        return api("POST", "/api/v1/reviews/CODE/decision",
                "{\"status\": \"passed\", \"reviewer_email\": \"staff@example.com\"}");
    }

    @Test
    void aSignInLinkNamesItsUrlAndExpiryOrTheMissingReturnTo() throws Exception {
        core.signInLink = new SignInLinkResult.Minted("http://localhost/sign-in/t",
                Instant.parse("2026-01-01T00:10:00Z"));
        JsonNode minted = JSON.readTree(api("POST", "/api/v1/users/7/sign-in-links", "{\"return_to\": \"/\"}")
                .body());
        assertThat(minted.get("url").asText()).isEqualTo("http://localhost/sign-in/t");
        assertThat(minted.get("expires_at").asText()).isEqualTo("2026-01-01T00:10:00Z");

        core.signInLink = new SignInLinkResult.InvalidReturnTo("return_to must be a path on this service");
        JsonNode offSite = JSON.readTree(api("POST", "/api/v1/users/7/sign-in-links",
                "{\"return_to\": \"https://evil.example/\"}").body());
        assertThat(offSite.at("/errors/0/field").asText()).isEqualTo("return_to");

        HttpResponse<String> missing = api("POST", "/api/v1/users/7/sign-in-links", "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).at("/errors/0/field").asText()).isEqualTo("return_to");
    }

    /** Routes of another adapter on the same server answer their own errors; the API's stay problem+json. */
    @Test
    void anotherAdaptersHtmlErrorPagesAreLeftAlone() throws Exception {
        app.stop(Duration.ofSeconds(1));
        HttpSettings settings = new HttpSettings(List.of("token"), Map.of(), false, Duration.ofMinutes(5), 64,
                Duration.ofMillis(100), Clock.systemUTC());
        app = HttpApi.create(settings, core, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), ready::get,
                () -> true, (config, admitted) -> config.routes.get("/page/<rest>", ctx -> ctx.status(404)
                        .contentType("text/html; charset=utf-8").result("<h1>No such page</h1>")))
                .start("127.0.0.1", 0);

        HttpResponse<String> page = get("/page/missing");
        HttpResponse<String> api = api("GET", "/api/v1/nothing-here", "");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).isEqualTo("<h1>No such page</h1>");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** Another adapter's handlers wrapped in the guard it is given share the API's bound of work in flight. */
    @Test
    void anotherAdaptersAdmittedRoutesCountAgainstTheSameBound() throws Exception {
        app.stop(Duration.ofSeconds(1));
        HttpSettings settings = new HttpSettings(List.of("token"), Map.of(), false, Duration.ofMinutes(5), 1,
                Duration.ofMillis(100), Clock.systemUTC());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        app = HttpApi.create(settings, core, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), ready::get,
                () -> true, (config, admitted) -> config.routes.get("/page/slow", admitted.apply(ctx -> {
                    holding.countDown();
                    release.await();
                    ctx.result("done");
                }))).start("127.0.0.1", 0);
        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/page/slow")).build(), BodyHandlers.ofString());
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> refusedPage = get("/page/slow");
        HttpResponse<String> refusedApi = api("GET", "/api/v1/users/1", "");
        release.countDown();

        assertThat(refusedPage.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(refusedPage.body()).get("code").asText()).isEqualTo("overloaded");
        assertThat(refusedApi.statusCode()).isEqualTo(503);
        assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("done");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void aRemovalAnswers204WithoutABodyOr404() throws Exception {
        HttpResponse<String> missing = api("DELETE", "/api/v1/attempts/1", "");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("code").asText()).isEqualTo("attempt_not_found");
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() throws Exception {
        core.received = () -> {
            throw new StorageUnavailableException("down", null);
        };

        HttpResponse<String> response = signedPsi("{}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("database_unavailable");
    }

    @Test
    void aBugIs500WithOnlyACorrelationId() throws Exception {
        core.received = () -> {
            throw new IllegalStateException("secret internals at org.example.Thing");
        };

        HttpResponse<String> response = signedPsi("{}");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret", "IllegalState", "org.example", "Exception");
        assertThat(JSON.readTree(response.body()).get("instance").asText()).startsWith("urn:uuid:");
    }

    @Test
    void theListsAskForTheRequestedPageBoundedLikeTheFeed() throws Exception {
        JsonNode deliveries = JSON.readTree(api("GET", "/api/v1/deliveries?after=7&limit=5000", "").body());
        assertThat(core.askedPage).isEqualTo(new PageRequest(7, 1000));
        assertThat(deliveries.get("next_after").asLong()).isEqualTo(7);

        JsonNode notifications = JSON.readTree(api("GET", "/api/v1/notifications?course_id=c", "").body());
        assertThat(core.askedPage).isEqualTo(new PageRequest(0, 100));
        assertThat(notifications.get("next_after").asLong()).isZero();
        assertThat(notifications.get("notifications")).isEmpty();
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
            path.getValue().fields().forEachRemaining(op -> {
                documented.add(op.getKey().toUpperCase() + " " + path.getKey());
                assertThat(op.getValue().path("summary").asText()).as("summary of %s %s", op.getKey(), path.getKey())
                        .isNotBlank();
            });
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

    private HttpResponse<String> api(String method, String path, String body) throws IOException,
            InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer token")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
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
