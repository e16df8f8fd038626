package dev.proctorreviews.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportNotificationTest {

    @Test
    void dueOnlyForSuspiciousWithoutReviewer() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(SupportNotification.isDue(status, false)).isEqualTo(status == ReviewStatus.SUSPICIOUS);
            assertThat(SupportNotification.isDue(status, true)).isFalse();
        }
    }

    @Test
    void linksToTheInstructorDashboardWithTheCourseIdAsIs() {
        Exam exam = new Exam(new ExamId(4), new ExamDetails(new CourseId("foo/bar/baz"), "c", "Final", 10, true,
                false, Backend.SOFTWARE_SECURE));
        Attempt attempt = new Attempt(new AttemptId(9), exam.id(), new UserId(7), new AttemptCode("CODE"),
                new ExternalId("Ext-1"), true, AttemptStatus.SUBMITTED, Optional.empty(), Optional.empty(), Instant.EPOCH,
                Instant.EPOCH);
        User learner = new User(new UserId(7), "ada", "ada@example.com", false, Set.of());

        SupportNotification n = SupportNotification.about("http://lms:7070/", exam, attempt, learner,
                ReviewStatus.SUSPICIOUS, Instant.EPOCH);

        assertThat(n.reviewUrl()).isEqualTo("http://lms:7070/instructor/foo/bar/baz/4?attempt=Ext-1");
        assertThat(n.studentUsername()).isEqualTo("ada");
        assertThat(n.examName()).isEqualTo("Final");
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "a&attempt=b", "x#y", "a/b", "100%", "plus+sign", "ünï"})
    void theExternalIdRoundTripsThroughTheLinksQuery(String externalId) {
        Exam exam = new Exam(new ExamId(4), new ExamDetails(new CourseId("foo/bar/baz"), "c", "Final", 10, true,
                false, Backend.PSI));
        Attempt attempt = new Attempt(new AttemptId(9), exam.id(), new UserId(7), new AttemptCode("CODE"),
                new ExternalId(externalId), true, AttemptStatus.SUBMITTED, Optional.empty(), Optional.empty(), Instant.EPOCH,
                Instant.EPOCH);
        User learner = new User(new UserId(7), "ada", "ada@example.com", false, Set.of());

        URI link = URI.create(SupportNotification.about("http://lms", exam, attempt, learner,
                ReviewStatus.SUSPICIOUS, Instant.EPOCH).reviewUrl());

        assertThat(link.getRawFragment()).isNull();
        assertThat(link.getRawQuery()).startsWith("attempt=").doesNotContain("&", " ", "+");
        assertThat(URLDecoder.decode(link.getRawQuery().substring("attempt=".length()), StandardCharsets.UTF_8))
                .isEqualTo(externalId);
    }
}
