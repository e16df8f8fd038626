package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.ReviewStatus;
import org.junit.jupiter.api.Test;

public abstract class NotificationsContract extends PortContract {

    @Test
    void listsACoursesNotificationsOldestFirst() {
        Attempt attempt = newAttempt(unique("ext"));
        CourseId course = new CourseId(unique("foo/bar"));
        SupportNotification first = new SupportNotification(course, "Exam", "ada", ReviewStatus.SUSPICIOUS,
                "http://x/instructor/1", NOW);
        SupportNotification second = new SupportNotification(course, "Exam", "bob", ReviewStatus.SUSPICIOUS,
                "http://x/instructor/2", NOW.plusSeconds(1));

        run(() -> {
            stores().notifications().add(attempt.code(), first);
            stores().notifications().add(attempt.code(), second);
        });

        assertThat(tx(() -> stores().notifications().forCourse(course))).containsExactly(first, second);
        assertThat(tx(() -> stores().notifications().forCourse(new CourseId(unique("other"))))).isEmpty();
    }
}
