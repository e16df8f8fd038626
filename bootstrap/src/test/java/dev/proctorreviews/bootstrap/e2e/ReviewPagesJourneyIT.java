package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.web.HeadlessChromium;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review pages through the assembled service on real PostgreSQL, in a real headless Chromium: what a course
 * team does with a support notification, from the signed vendor callback to the decision the API then reports.
 */
class ReviewPagesJourneyIT {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewPagesJourneyIT.class);
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium();
    private static RunningService service;

    /** The links the service hands out must lead the browser back to it: its public base is its own port. */
    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        service = RunningService.start(Map.of("PROCTOR_HTTP_PORT", String.valueOf(port),
                "PROCTOR_PUBLIC_BASE_URL", "http://127.0.0.1:" + port));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void fromASuspiciousCallbackToARejectedAttempt() {
        ChromeDriver browser = CHROMIUM.driver();
        Lms lms = new Lms(service);
        JsonNode staff = lms.user("ada.lovelace", false, lms.course);
        JsonNode attempt = lms.attempt(lms.exam("software_secure", false), lms.user("grace", false));
        ok(lms.service.api("PUT", "/api/v1/attempts/" + attempt.get("id").asLong() + "/status",
                "{\"status\": \"submitted\"}"), 200);
        long started = System.nanoTime();

        ok(lms.softwareSecure(attempt, "Suspicious"), 200);
        List<JsonNode> notifications = StreamSupport.stream(lms.notifications().spliterator(), false).toList();
        String reviewUrl = notifications.get(notifications.size() - 1).get("review_url").asText();
        browser.get(reviewUrl);
        assertThat(browser.getCurrentUrl()).contains("/sign-in?return_to=");

        JsonNode link = ok(service.api("POST", "/api/v1/users/" + staff.get("id").asLong() + "/sign-in-links",
                RunningService.JSON.createObjectNode().put("return_to", HeadlessChromium.pathOf(reviewUrl)).toString()), 201);
        browser.get(link.get("url").asText());
        assertThat(browser.getCurrentUrl()).isEqualTo(reviewUrl);
        assertThat(browser.findElements(By.cssSelector("#current .comment .text"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Switched to another browser tab", "Opened a local file browser",
                        "Candidate closed the exam window early", "No photo ID shown to the camera",
                        "Room scan skipped", "Candidate left the camera frame");
        CHROMIUM.screenshot("service-review-page.png");

        browser.findElement(By.cssSelector("input[name=status][value=suspicious]")).click();
        browser.findElement(By.cssSelector("#decision button[type=submit]")).click();
        CHROMIUM.waitFor(By.cssSelector("#current h2"), "version 2");
        long journeyMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(lms.reload(attempt).get("status").asText()).isEqualTo("rejected");
        assertThat(lms.review(attempt).get("version").asInt()).isEqualTo(2);
        assertThat(browser.findElement(By.cssSelector("#current")).getText()).contains("ada.lovelace");
        CHROMIUM.screenshot("service-review-decided.png");
        CHROMIUM.note("service-journey-timing.txt", "callback -> notification link -> sign-in link from the API"
                + " -> review page -> decision shown: " + journeyMillis + " ms");
        LOG.info("Review pages journey through the assembled service: {} ms", journeyMillis);
    }

    /** The pages' own errors stay HTML on the shared server; the API's stay problem+json. */
    @Test
    void pageErrorsAreHtmlAndApiErrorsProblems() {
        Lms lms = new Lms(service);
        JsonNode staff = lms.user("global.staff", true);
        JsonNode link = ok(service.api("POST", "/api/v1/users/" + staff.get("id").asLong() + "/sign-in-links",
                "{\"return_to\": \"/instructor/no-such-course/1\"}"), 201);

        ChromeDriver browser = CHROMIUM.driver();
        browser.get(link.get("url").asText());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).contains("</main>").doesNotContain("problem+json", "\"code\"");
        problem(service.get("/api/v1/attempts/999999999"), 404, "attempt_not_found");
        problem(service.api("POST", "/api/v1/users/" + staff.get("id").asLong() + "/sign-in-links",
                "{\"return_to\": \"https://elsewhere.example/\"}"), 400, "invalid_request");
        problem(service.api("POST", "/api/v1/users/999999999/sign-in-links", "{\"return_to\": \"/\"}"), 404,
                "user_not_found");
    }
}
