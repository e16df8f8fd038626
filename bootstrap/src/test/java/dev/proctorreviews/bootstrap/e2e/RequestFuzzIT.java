package dev.proctorreviews.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 10,000 generated requests against the running service (seeded, so a failure can be replayed): any method on
 * any route with hostile path segments, query values, headers and bodies, signed or not. No answer is a 5xx.
 */
class RequestFuzzIT {
    private static final int REQUESTS = 10_000;
    private static final long SEED = 20261126L;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");
    private static final List<String> ROUTES = List.of("/callbacks/software-secure",
            "/callbacks/psi/attempts/%s/reviewed", "/api/v1/users/%s", "/api/v1/users/%s/retire", "/api/v1/exams",
            "/api/v1/exams/%s", "/api/v1/attempts", "/api/v1/attempts?attempt_code=%s", "/api/v1/attempts/%s",
            "/api/v1/attempts/%s/status", "/api/v1/reviews/%s", "/api/v1/reviews/%s/history",
            "/api/v1/reviews/%s/decision", "/api/v1/reviews/%s/apply", "/api/v1/credit?user_id=%s&course_id=%s",
            "/api/v1/notifications?course_id=%s", "/api/v1/events?after=%s&limit=%s", "/api/v1/deliveries?state=%s",
            "/api/v1/deliveries/%s/replay", "/health/ready", "/openapi.json", "/%s");
    private static final List<String> SEGMENTS = List.of("1", "0", "-1", "9223372036854775808", "abc", "%00",
            "%0d%0a", "..%2f..%2fetc", "%25", "x".repeat(300), "%F0%9F%98%80", "%C3%28", "%27%20OR%201%3D1%20--", "%7Bid%7D");
    private static final List<String> BODIES = List.of("", "{}", "[]", "null", "{\"a\":", "{\"status\":1}",
            "{\"username\":\"x\",\"email\":\"x@y\",\"is_staff\":\"yes\"}", "{\"exam_id\":1.5,\"user_id\":-1}",
            "{\"status\":\"submitted\"}", "{\"course_id\":\"c\",\"content_id\":\"c\",\"exam_name\":\"e\","
            + "\"backend\":\"psi\",\"time_limit_mins\":99999999999}", "\uFEFF{}", "{\"a\":1,\"a\":2}",
            "[".repeat(3000), "{\"x\":\"\\u0000\"}", "{\"status\":\"passed\",\"comments\":[{\"comment\":[]}]}");

    @Test
    void noGeneratedRequestGetsA5xx() throws Exception {
        try (RunningService service = RunningService.start()) {
            Lms lms = new Lms(service);
            JsonNode attempt = lms.attempt("software_secure");
            String realBody = Lms.softwareSecureBody(attempt, "Clean");
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<String, String> failures = new ConcurrentHashMap<>();
            AtomicLong sent = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int worker = 0; worker < 8; worker++) {
                Random random = new Random(SEED + worker);
                clients.submit(() -> {
                    for (int i = 0; i < REQUESTS / 8; i++) {
                        HttpRequest request = generate(random, service, realBody);
                        try {
                            RunningService.Response response = sendRetryingClosedConnections(service, request);
                            statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                            if (response.status() >= 500) {
                                failures.putIfAbsent(request.method() + " " + request.uri(), response.toString());
                            }
                        } catch (RuntimeException | AssertionError e) {
                            failures.putIfAbsent(request.method() + " " + request.uri(), e.toString());
                        }
                        sent.incrementAndGet();
                    }
                    return null;
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

            System.err.printf("fuzz: %d requests, statuses %s%n", sent.get(), statuses);
            assertThat(sent.get()).isEqualTo(REQUESTS);
            assertThat(failures).isEmpty();
        }
    }

    /**
     * The JDK client sometimes reuses a connection the server has just closed after answering (e.g. a refused
     * body that was never read) and reports "received no bytes"; that is the transport, not an answer, so such a
     * request is sent once more on a fresh connection.
     */
    private static RunningService.Response sendRetryingClosedConnections(RunningService service,
                                                                         HttpRequest request) {
        try {
            return service.send(request);
        } catch (java.io.UncheckedIOException e) {
            if (String.valueOf(e.getCause().getMessage()).contains("received no bytes")) {
                return service.send(request);
            }
            throw e;
        }
    }

    private static HttpRequest generate(Random random, RunningService service, String realBody) {
        String route = ROUTES.get(random.nextInt(ROUTES.size()));
        String path = String.format(route, (Object[]) new String[] {pick(random, SEGMENTS), pick(random, SEGMENTS)});
        String method = pick(random, METHODS);
        String body = switch (random.nextInt(4)) {
            case 0 -> pick(random, BODIES);
            case 1 -> mutate(random, realBody);
            case 2 -> mutate(random, Lms.psiBody("passed", null));
            default -> "";
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base + path));
        if (method.equals("GET") || method.equals("HEAD") || method.equals("DELETE") || method.equals("OPTIONS")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        switch (random.nextInt(5)) {
            case 0 -> request.header("Authorization", "Bearer " + RunningService.TOKEN);
            case 1 -> request.header("Authorization", "Bearer " + pick(random, SEGMENTS));
            case 2 -> (random.nextBoolean() ? RunningService.SOFTWARE_SECURE : RunningService.PSI)
                    .sign(body.getBytes(StandardCharsets.UTF_8)).forEach(request::header);
            case 3 -> request.header("webhook-id", "x").header("webhook-timestamp",
                    random.nextBoolean() ? "abc" : Long.toString(Instant.now().getEpochSecond()))
                    .header("webhook-signature", "v1," + URLEncoder.encode(pick(random, SEGMENTS),
                            StandardCharsets.UTF_8));
            default -> {
            }
        }
        if (random.nextInt(4) == 0) {
            request.header("Content-Type", random.nextBoolean() ? "text/plain" : "application/json; charset=latin1");
        }
        return request.build();
    }

    private static String mutate(Random random, String text) {
        int at = random.nextInt(text.length());
        int cut = random.nextInt(10);
        String insert = pick(random, List.of("", "\"", "{", "]", "null", "1e999", "-0", "\\u0000", "\u0001", ","));
        return text.substring(0, at) + insert + text.substring(Math.min(text.length(), at + cut));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
