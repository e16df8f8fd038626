package dev.proctorreviews.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proctorreviews.domain.review.ReviewSource;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests written byte for byte on a socket, as no well-behaved client would send them, to the app from its
 * factory: what Jetty refuses itself, and query strings Javalin would otherwise drop, answer problem+json too.
 */
class RawRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Authorization: Bearer token\r\n";

    private HttpApi app;

    @BeforeEach
    void start() {
        HttpSettings settings = new HttpSettings(List.of("token"), Map.of(ReviewSource.PSI, List.of(new byte[32])),
                false, Duration.ofMinutes(5), 64, Duration.ofMillis(100), Clock.systemUTC());
        app = HttpApi.create(settings, new StubCore(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                () -> true)
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop(Duration.ofSeconds(1));
    }

    static Stream<Arguments> refusedByJetty() {
        return Stream.of(
                Arguments.of("bad escape in the path", "GET /api/v1/%zz HTTP/1.1\r\nHost: a\r\n\r\n", 400,
                        "malformed_request"),
                Arguments.of("no request line", "GARBAGE\r\n\r\n", 400, "malformed_request"),
                Arguments.of("no Host", "GET /health/live HTTP/1.1\r\n\r\n", 400, "malformed_request"),
                Arguments.of("URI too long", "GET /api/v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: a\r\n\r\n",
                        414, "uri_too_long"),
                Arguments.of("headers too large", "GET /health/live HTTP/1.1\r\nHost: a\r\nX-Big: "
                        + "a".repeat(20_000) + "\r\n\r\n", 431, "headers_too_large"),
                Arguments.of("HTTP/2.5", "GET /health/live HTTP/2.5\r\nHost: a\r\n\r\n", 505,
                        "http_version_not_supported"),
                Arguments.of("HTTP/3.0", "GET /health/live HTTP/3.0\r\nHost: a\r\n\r\n", 505,
                        "http_version_not_supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByJetty")
    void whatJettyRefusesIsAProblemDocument(String name, String request, int status, String code) throws Exception {
        Raw answer = send(request);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).isEqualTo(Problems.TYPE_BASE + code);
        assertThat(answer.body()).doesNotContain("<html", "aaaa");
    }

    static Stream<Arguments> unreadableQueries() {
        return Stream.of(
                Arguments.of("/api/v1/events?after=%", "after"),
                Arguments.of("/api/v1/events?after=%zz", "after"),
                Arguments.of("/api/v1/events?after=%ff", "after"),
                Arguments.of("/api/v1/events?after=1&after=2", "after"),
                Arguments.of("/api/v1/events?limit=%1", "limit"),
                Arguments.of("/api/v1/credit?user_id=%&course_id=c", "user_id"),
                Arguments.of("/api/v1/credit?user_id=1&course_id=%zz", "course_id"),
                Arguments.of("/api/v1/notifications?course_id=%e9", "course_id"),
                Arguments.of("/api/v1/notifications?course_id=c&after=%", "after"),
                Arguments.of("/api/v1/notifications?course_id=c&limit=0", "limit"),
                Arguments.of("/api/v1/deliveries?state=%", "state"),
                Arguments.of("/api/v1/deliveries?limit=%zz", "limit"),
                Arguments.of("/api/v1/deliveries?after=-1", "after"),
                Arguments.of("/api/v1/attempts?attempt_code=%zz", "attempt_code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableQueries")
    void aQueryParameterThatCannotBeReadIs400NamingIt(String target, String field) throws Exception {
        Raw answer = send("GET " + target + " HTTP/1.1\r\nHost: a\r\n" + AUTH + "Connection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("code").asText()).isEqualTo("invalid_request");
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private Raw send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return Raw.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** One HTTP/1.1 answer: status, content type and body (answers here carry a Content-Length). */
    private record Raw(int status, String contentType, String body) {
        static Raw parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            String type = Stream.of(lines).filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), type, text.substring(end + 4));
        }
    }
}
