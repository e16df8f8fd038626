package dev.proctorreviews.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The landing page and the API explorer, served from the class path with no token and no network. */
class LandingRoutesTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static HttpApi app;

    @BeforeAll
    static void start() {
        HttpSettings settings = new HttpSettings(List.of("token"), Map.of(), false, Duration.ofMinutes(5), 64,
                Duration.ofMillis(100), Clock.systemUTC());
        app = HttpApi.create(settings, new StubCore(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true)
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop(Duration.ofSeconds(1));
    }

    @Test
    void theLandingPageNamesTheServiceItsVersionAndLinksEverythingAnOperatorNeeds() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Proctor Reviews", BuildInfo.version(), "href=\"/openapi.json\"",
                "href=\"/docs\"", "href=\"/health/live\"", "href=\"/health/ready\"", "href=\"/metrics\"");
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void everyLinkOfTheLandingPageAndOfTheExplorerAnswers() throws Exception {
        for (String page : List.of("/", "/docs")) {
            Matcher links = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"").matcher(get(page).body());
            int found = 0;
            while (links.find()) {
                found++;
                assertThat(get(links.group(1)).statusCode()).as(links.group(1)).isEqualTo(200);
            }
            assertThat(found).as("links on " + page).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theExplorerLoadsTheServicesOwnDocumentAndNothingRemote() throws Exception {
        String script = get("/docs/explorer.js").body();

        assertThat(script).contains("url: \"/openapi.json\"", "validatorUrl: null");
        assertThat(get("/docs").body()).doesNotContain("http://", "https://");
        assertThat(get("/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
    }

    @Test
    void onlyTheExplorersFilesAreServed() throws Exception {
        HttpResponse<String> other = get("/docs/index.html");

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("/docs/..%2Fopenapi.json").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
