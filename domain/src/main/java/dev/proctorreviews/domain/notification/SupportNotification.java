package dev.proctorreviews.domain.notification;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A message for a course team: a vendor found a session suspicious and nobody internal has looked at it yet.
 */
public record SupportNotification(CourseId courseId, String examName, String studentUsername,
                                  ReviewStatus reviewStatus, String reviewUrl, Instant createdAt) {
    public SupportNotification {
        Require.present(courseId, "course_id");
        Require.present(examName, "exam_name");
        Require.present(studentUsername, "student_username");
        Require.present(reviewStatus, "review_status");
        Require.present(reviewUrl, "review_url");
        Require.present(createdAt, "created_at");
    }

    /** Due when the stored status is {@code Suspicious} and no internal reviewer has seen the session. */
    public static boolean isDue(ReviewStatus status, boolean hasReviewer) {
        return status == ReviewStatus.SUSPICIOUS && !hasReviewer;
    }

    /**
     * The notification for a suspicious review, linking to
     * {@code <base>/instructor/<course_id>/<exam_id>?attempt=<external_id>}: the course id inserted as is, the
     * external id percent-encoded (UTF-8, space as {@code %20}) so that any id the LMS chose comes back intact.
     */
    public static SupportNotification about(String publicBaseUrl, Exam exam, Attempt attempt, User learner,
                                            ReviewStatus status, Instant now) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        String url = base + "/instructor/" + exam.courseId().value() + "/" + exam.id().value()
                + "?attempt=" + queryValue(attempt.externalId().value());
        return new SupportNotification(exam.courseId(), exam.details().examName(), learner.username(), status,
                url, now);
    }

    private static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
