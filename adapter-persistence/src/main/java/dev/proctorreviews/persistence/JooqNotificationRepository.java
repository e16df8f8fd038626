package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.SUPPORT_NOTIFICATION;

import dev.proctorreviews.application.port.out.Notifications;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.util.List;

/** Support notifications, listed per course in the order they were created. */
final class JooqNotificationRepository implements Notifications {
    private final JooqTransactions tx;

    JooqNotificationRepository(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(AttemptCode about, SupportNotification n) {
        tx.dsl().insertInto(SUPPORT_NOTIFICATION)
                .set(SUPPORT_NOTIFICATION.ATTEMPT_CODE, about.value())
                .set(SUPPORT_NOTIFICATION.COURSE_ID, n.courseId().value())
                .set(SUPPORT_NOTIFICATION.EXAM_NAME, n.examName())
                .set(SUPPORT_NOTIFICATION.STUDENT_USERNAME, n.studentUsername())
                .set(SUPPORT_NOTIFICATION.REVIEW_STATUS, n.reviewStatus().label())
                .set(SUPPORT_NOTIFICATION.REVIEW_URL, n.reviewUrl())
                .set(SUPPORT_NOTIFICATION.CREATED_AT, Times.utc(n.createdAt()))
                .execute();
    }

    @Override
    public List<SupportNotification> forCourse(CourseId course) {
        return tx.dsl().selectFrom(SUPPORT_NOTIFICATION)
                .where(SUPPORT_NOTIFICATION.COURSE_ID.eq(course.value()))
                .orderBy(SUPPORT_NOTIFICATION.ID)
                .fetch(r -> new SupportNotification(new CourseId(r.getCourseId()), r.getExamName(),
                        r.getStudentUsername(), ReviewStatus.fromLabel(r.getReviewStatus()).orElseThrow(),
                        r.getReviewUrl(), Times.instant(r.getCreatedAt())));
    }
}
