package dev.proctorreviews.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proctorreviews.bootstrap.Configuration;
import dev.proctorreviews.bootstrap.ProctorReviewsService;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The assembled service, started exactly as {@code main} starts it (configuration from an environment map,
 * port 0), on the test PostgreSQL, with an HTTP client that speaks its API.
 */
final class RunningService implements AutoCloseable {
    static final String TOKEN = "test-token-" + UUID.randomUUID();
    static final WebhookSigner SOFTWARE_SECURE = WebhookSigner.random();
    static final WebhookSigner SOFTWARE_SECURE_OLD = WebhookSigner.random();
    static final WebhookSigner PSI = WebhookSigner.random();
    static final ObjectMapper JSON = new ObjectMapper();
    static final java.time.Duration REQUEST_TIMEOUT = java.time.Duration.ofSeconds(20);

    /** The service in this JVM; null for one running as a process elsewhere (see {@link #at}). */
    final ProctorReviewsService service;
    final String base;
    private final HttpClient client = HttpClient.newHttpClient();
    private volatile ApiDocument document;

    private RunningService(ProctorReviewsService service) {
        this.service = service;
        this.base = "http://127.0.0.1:" + service.port();
    }

    private RunningService(int port) {
        this.service = null;
        this.base = "http://127.0.0.1:" + port;
    }

    /** A client of a service running as a separate process on {@code port}; closing it leaves the process alone. */
    static RunningService at(int port) {
        return new RunningService(port);
    }

    /** A service on the shared test database with the given settings on top of the defaults below. */
    static RunningService start(Map<String, String> overrides) {
        Map<String, String> env = defaults();
        env.putAll(overrides);
        return new RunningService(ProctorReviewsService.start(Configuration.from(env)));
    }

    /** A service with the defaults below but no database configured: it starts its embedded one in {@code dataDir}. */
    static RunningService startEmbedded(java.nio.file.Path dataDir) {
        Map<String, String> env = defaults();
        env.keySet().removeIf(name -> name.startsWith("PROCTOR_DB_"));
        env.put("PROCTOR_DATA_DIR", dataDir.toString());
        return new RunningService(ProctorReviewsService.start(Configuration.from(env)));
    }

    /** The settings every service in these tests starts with, on the shared test database. */
    static Map<String, String> defaults() {
        TestDatabase.Server db = TestDatabase.server();
        Map<String, String> env = new HashMap<>();
        env.put("PROCTOR_HTTP_PORT", "0");
        env.put("PROCTOR_DB_URL", db.url());
        env.put("PROCTOR_DB_USER", db.user());
        env.put("PROCTOR_DB_PASSWORD", db.password());
        env.put("PROCTOR_API_TOKENS", "other-token," + TOKEN);
        env.put("PROCTOR_VENDOR_SOFTWARE_SECURE_SECRETS", SOFTWARE_SECURE_OLD.secret() + "," + SOFTWARE_SECURE.secret());
        env.put("PROCTOR_VENDOR_PSI_SECRETS", PSI.secret());
        env.put("PROCTOR_PUBLIC_BASE_URL", "https://lms.example");
        env.put("PROCTOR_VIDEO_URL_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        try {
            env.put("PROCTOR_DATA_DIR", Files.createTempDirectory("proctor-e2e").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    static RunningService start() {
        return start(Map.of());
    }

    Response api(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    Response get(String path) {
        return api("GET", path, null);
    }

    Response unauthenticated(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A callback signed by {@code signer}, with the given extra headers (e.g. a Content-Type or none). */
    Response callback(String path, String body, WebhookSigner signer, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (signer != null) {
            signer.sign(body.getBytes(StandardCharsets.UTF_8)).forEach(request::header);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Sends with a time-out, so that a test never waits forever for an answer that does not come. */
    Response send(HttpRequest request) {
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true)
                .timeout(request.timeout().orElse(REQUEST_TIMEOUT)).build();
        try {
            HttpResponse<String> response = client.send(timed, HttpResponse.BodyHandlers.ofString());
            Response answer = new Response(response.statusCode(), response.body(), response.headers().map());
            document().check(request.method(), request.uri().getRawPath(), answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The document this service publishes, read once, that every answer is checked against. */
    private ApiDocument document() throws IOException, InterruptedException {
        if (document == null) {
            document = new ApiDocument(client.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json"))
                    .timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body());
        }
        return document;
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }

    /** An HTTP answer with its body parsed on demand. */
    record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
