package dev.proctorreviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.User;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The pages over real HTTP, without a browser: access rules, sign-in links, escaping, the decision form. */
class ReviewPagesTest {
    private static final PagesWorld WORLD = new PagesWorld(Optional.empty());
    private static final String HOSTILE_SCRIPT = "<script>document.title='pwned'</script>";
    private static final String HOSTILE_IMAGE = "<img src=x onerror=\"document.title='pwned'\">";

    private final CourseId course = new CourseId("course-v1:Org+CS" + System.nanoTime() + "+2026/run/1");
    private final Exam exam = WORLD.exam(course, "Final <Exam> & more");
    private final User staff = WORLD.user("ada", false, Set.of(course));
    private final User learner = WORLD.user("lea<b>", false, Set.of());
    private final Attempt attempt = WORLD.attempt(exam, learner);

    @AfterAll
    static void stop() {
        WORLD.close();
    }

    private String reviewPath() {
        URI url = URI.create(WORLD.notificationLink(course));
        return url.getRawPath() + "?" + url.getRawQuery();
    }

    private void suspicious() {
        WORLD.attempts.change(attempt.id(), AttemptStatus.SUBMITTED);
        WORLD.review(attempt, ReviewStatus.SUSPICIOUS, List.of(
                new ReviewComment(65, 70, 5, HOSTILE_SCRIPT, "Suspicious"),
                new ReviewComment(5, 9, 4, HOSTILE_IMAGE, "Rules Violation")),
                Optional.of("https://vendor.example/video/1?sig=s3cret"));
    }

    private HttpVisitor signedIn(User user) {
        HttpVisitor visitor = new HttpVisitor(WORLD.baseUrl);
        visitor.signInWith(WORLD.signInLink(user, "/sign-in"));
        return visitor;
    }

    /** Pages go through the server's admission control (here one that refuses everything); the stylesheet not. */
    @Test
    void everyPageGoesThroughAdmissionControl() {
        try (PagesWorld refusing = new PagesWorld(Optional.empty(),
                handler -> ctx -> ctx.status(503).result("refused"))) {
            HttpVisitor visitor = new HttpVisitor(refusing.baseUrl);

            assertThat(List.of("/sign-in", "/sign-in/some-token", "/instructor/foo/bar/baz", "/instructor/x/1?attempt=a"))
                    .allSatisfy(path -> assertThat(visitor.get(path).body()).isEqualTo("refused"));
            assertThat(visitor.post("/logout", "").body()).isEqualTo("refused");
            assertThat(visitor.get("/static/pages.css").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void somebodyNotSignedInIsSentToSignInAndBroughtBack() {
        suspicious();
        HttpVisitor visitor = new HttpVisitor(WORLD.baseUrl);

        HttpResponse<String> asked = visitor.get(reviewPath());
        assertThat(asked.statusCode()).isEqualTo(303);
        String signInPage = asked.headers().firstValue("Location").orElseThrow();
        assertThat(signInPage).startsWith("/sign-in?return_to=");
        HttpResponse<String> page = visitor.get(signInPage);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("sign-in link");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'self'; frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");

        HttpResponse<String> link = visitor.get(WORLD.signInLink(staff, reviewPath()));
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(link.headers().firstValue("Location")).contains(reviewPath());
        assertThat(link.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(visitor.get(reviewPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void aSignInLinkWorksOnce() {
        String link = WORLD.signInLink(staff, "/instructor/" + course.value());
        assertThat(new HttpVisitor(WORLD.baseUrl).get(link).statusCode()).isEqualTo(303);

        HttpResponse<String> again = new HttpVisitor(WORLD.baseUrl).get(link);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).contains("cannot sign you in");
        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void vendorTextIsEscapedAndTheReviewIsShownInFull() {
        suspicious();
        String html = signedIn(staff).get(reviewPath()).body();

        assertThat(html).doesNotContain(HOSTILE_SCRIPT).doesNotContain("<img")
                .contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;")
                .contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;")
                .contains("lea&lt;b&gt;").contains("Final &lt;Exam&gt; &amp; more");
        assertThat(html.indexOf("00:05")).as("comments in time order").isLessThan(html.indexOf("01:05"));
        assertThat(html).contains("01:10", "00:04", "Suspicious", "suspicious", "second_review_required",
                "software_secure", "version 1");
        assertThat(html).contains("href=\"https://vendor.example/video/1?sig=s3cret\" rel=\"noreferrer\""
                + " target=\"_blank\">Watch the recording</a>");
    }

    @Test
    void aDecisionNeedsTheFormTokenAndThenRecordsTheSignedInReviewer() {
        suspicious();
        HttpVisitor visitor = signedIn(staff);
        String token = HttpVisitor.csrfOf(visitor.get(reviewPath()).body());

        HttpResponse<String> forged = visitor.post(reviewPath(), "status=violation&csrf=" + "0".repeat(64));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(visitor.post(reviewPath(), "status=violation").statusCode()).isEqualTo(403);
        assertThat(WORLD.reads.get(attempt.code()).orElseThrow().review().version()).isEqualTo(1);
        assertThat(WORLD.reload(attempt).status()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);

        HttpResponse<String> decided = visitor.post(reviewPath(), "status=suspicious&csrf=" + token);
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(WORLD.reload(attempt).status()).isEqualTo(AttemptStatus.REJECTED);
        String page = visitor.get(decided.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("version 2", "Suspicious", "staff", ">ada<", "updated", "rejected");
    }

    @Test
    void onlyStaffOfTheCourseSeeItsPages() {
        suspicious();
        User elsewhere = WORLD.user("bob", false, Set.of(new CourseId("other/course/x")));
        User global = WORLD.user("root", true, Set.of());

        assertThat(signedIn(elsewhere).get(reviewPath()).statusCode()).isEqualTo(403);
        assertThat(signedIn(learner).get(reviewPath()).statusCode()).isEqualTo(403);
        assertThat(signedIn(elsewhere).post(reviewPath(), "status=passed").statusCode()).isEqualTo(403);
        assertThat(signedIn(global).get(reviewPath()).statusCode()).isEqualTo(200);
        assertThat(WORLD.reads.get(attempt.code()).orElseThrow().review().version()).isEqualTo(1);
    }

    @Test
    void examAndCoursePagesPutAttentionFirst() {
        suspicious();
        User other = WORLD.user("zoe", false, Set.of());
        Attempt verified = WORLD.attempt(exam, other);
        WORLD.attempts.change(verified.id(), AttemptStatus.SUBMITTED);
        WORLD.review(verified, ReviewStatus.CLEAN, List.of(), Optional.empty());
        HttpVisitor visitor = signedIn(staff);

        String examPage = visitor.get(Links.exam(exam)).body();
        assertThat(examPage.indexOf("lea&lt;b&gt;")).isPositive().isLessThan(examPage.indexOf(">zoe<"));
        String coursePage = visitor.get(Links.course(course)).body();
        assertThat(coursePage).contains("Final &lt;Exam&gt; &amp; more", "2 reviewed",
                "1 waiting for a second review");
        assertThat(visitor.get(Links.exam(exam) + "?attempt=nope").statusCode()).isEqualTo(404);
        assertThat(visitor.get(Links.course(course) + "/999999").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/instructor/" + course.value() + "/" + exam.id().value() + "?attempt=%C3%28")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void signingOutNeedsTheFormTokenAndEndsTheSession() {
        HttpVisitor visitor = signedIn(staff);
        String token = HttpVisitor.csrfOf(visitor.get(Links.exam(exam)).body());

        assertThat(visitor.post("/logout", "csrf=wrong").statusCode()).isEqualTo(403);
        assertThat(visitor.get(Links.exam(exam)).statusCode()).isEqualTo(200);
        assertThat(visitor.post("/logout", "csrf=" + token).statusCode()).isEqualTo(303);
        assertThat(visitor.get(Links.exam(exam)).statusCode()).isEqualTo(303);
    }

    @Test
    void theStylesheetComesFromTheJar() {
        HttpResponse<String> css = new HttpVisitor(WORLD.baseUrl).get("/static/pages.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(".timeline");
    }
}
