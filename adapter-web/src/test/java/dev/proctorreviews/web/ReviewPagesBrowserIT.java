package dev.proctorreviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages in a real headless Chromium: the journey from a notification's link through a sign-in link to a
 * decision, hostile vendor text checked in the browser's DOM, a forged form and a user of another course.
 * Screenshots go to {@code target/screenshots} (test output); the README shows copies kept in
 * {@code docs/screenshots}.
 */
class ReviewPagesBrowserIT {
    @RegisterExtension
    static final HeadlessChromium CHROMIUM = new HeadlessChromium();
    private static PagesWorld world;

    private final CourseId course = new CourseId("course-v1:DemoX+Stats101+2026");
    private final Exam exam = world.exam(course, "Midterm exam");
    private final User staff = world.user("ada.lovelace", false, Set.of(course));
    private final User learner = world.user("grace", false, Set.of());

    @BeforeAll
    static void start() {
        world = new PagesWorld(Optional.empty());
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static ChromeDriver browser() {
        return CHROMIUM.driver();
    }

    private Attempt suspiciousAttempt(User who, List<ReviewComment> comments) {
        Attempt attempt = world.attempt(exam, who);
        world.attempts.change(attempt.id(), AttemptStatus.SUBMITTED);
        world.review(attempt, ReviewStatus.SUSPICIOUS, comments,
                Optional.of("https://vendor.example/recordings/" + attempt.code().value()));
        return attempt;
    }

    private static void screenshot(String name) {
        CHROMIUM.screenshot(name);
    }

    private static void waitFor(By element, String text) {
        CHROMIUM.waitFor(element, text);
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser()).executeScript(javascript);
    }

    @Test
    void fromTheNotificationToADecision() {
        List<ReviewComment> comments = List.of(
                new ReviewComment(12, 31, 19, "Learner looked away from the screen", "Suspicious"),
                new ReviewComment(95, 140, 45, "A second voice in the room", "Rules Violation"),
                new ReviewComment(301, 305, 4, "<script>document.title='pwned'</script>", "Suspicious"),
                new ReviewComment(420, 422, 2, "<img src=x onerror=\"document.title='pwned'\">", "Clean"));
        Attempt attempt = suspiciousAttempt(learner, comments);
        browser().manage().deleteAllCookies();
        long started = System.nanoTime();

        String reviewUrl = world.notificationLink(course);
        browser().get(reviewUrl);
        assertThat(browser().getCurrentUrl()).contains("/sign-in?return_to=");
        assertThat(browser().findElement(By.tagName("main")).getText()).contains("sign-in link");
        screenshot("sign-in.png");

        browser().get(world.signInLink(staff, HeadlessChromium.pathOf(reviewUrl)));
        assertThat(browser().getCurrentUrl()).isEqualTo(reviewUrl);
        List<WebElement> shown = browser().findElements(By.cssSelector("#current .comment .text"));
        assertThat(shown).extracting(WebElement::getText).containsExactly(comments.get(0).comment(),
                comments.get(1).comment(), comments.get(2).comment(), comments.get(3).comment());
        assertThat(browser().findElements(By.cssSelector("main img, main script"))).as("hostile markup in the DOM")
                .isEmpty();
        assertThat(browser().getTitle()).doesNotContain("pwned");
        assertThat(browser().findElement(By.cssSelector("#current .comment .time")).getText()).isEqualTo("00:12–00:31");
        WebElement recording = browser().findElement(By.linkText("Watch the recording"));
        assertThat(recording.getDomAttribute("rel")).isEqualTo("noreferrer");
        assertThat(recording.getDomAttribute("target")).isEqualTo("_blank");
        screenshot("review-page.png");

        browser().findElement(By.cssSelector("input[name=status][value=suspicious]")).click();
        browser().findElement(By.cssSelector("#decision button[type=submit]")).click();
        waitFor(By.cssSelector("#current h2"), "version 2");
        long journeyMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.REJECTED);
        assertThat(browser().findElement(By.cssSelector("#current h2")).getText()).contains("version 2");
        assertThat(browser().findElement(By.cssSelector("#current")).getText()).contains("staff", "ada.lovelace");
        assertThat(browser().findElement(By.cssSelector(".lead")).getText()).contains("rejected");
        assertThat(browser().findElements(By.cssSelector("#history details"))).hasSize(1);
        screenshot("review-decided.png");
        CHROMIUM.note("journey-timing.txt", "notification link -> sign-in -> review page -> decision shown: "
                + journeyMillis + " ms");
        System.out.println("Review pages journey in Chromium: " + journeyMillis + " ms");

        browser().manage().window().setSize(new Dimension(390, 844));
        browser().get(world.baseUrl + Links.exam(exam));
        screenshot("exam-page-phone.png");
        browser().manage().window().setSize(new Dimension(1000, 1100));
    }

    @Test
    void aFormWithoutTheRightTokenChangesNothing() {
        Attempt attempt = suspiciousAttempt(world.user("hedy", false, Set.of()), List.of());
        String reviewUrl = world.baseUrl + Links.review(exam, attempt.externalId());
        browser().manage().deleteAllCookies();
        browser().get(world.signInLink(staff, HeadlessChromium.pathOf(reviewUrl)));

        script("document.querySelector('#decision input[name=csrf]').value = 'forged'");
        browser().findElement(By.cssSelector("input[name=status][value=passed]")).click();
        browser().findElement(By.cssSelector("#decision button[type=submit]")).click();
        waitFor(By.tagName("h1"), "Decision refused");

        assertThat(world.reads.get(attempt.code()).orElseThrow().review().version()).isEqualTo(1);
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);
    }

    @Test
    void staffOfAnotherCourseAreTurnedAway() {
        Attempt attempt = suspiciousAttempt(world.user("alan", false, Set.of()), List.of());
        User elsewhere = world.user("mallory", false, Set.of(new CourseId("course-v1:Other+X+2026")));
        String reviewPath = Links.review(exam, attempt.externalId());
        browser().manage().deleteAllCookies();

        browser().get(world.signInLink(elsewhere, reviewPath));

        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser().findElement(By.tagName("main")).getText()).doesNotContain("alan");
        screenshot("forbidden.png");
    }
}
