package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.out.Notifications;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Support notifications, listed per course in the order they were created, a bounded page per query. */
final class JdbcNotificationRepository implements Notifications {
    private static final String ADD = "INSERT INTO support_notification (attempt_code, course_id, exam_name,"
            + " student_username, review_status, review_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String FOR_COURSE = "SELECT id, course_id, exam_name, student_username, review_status,"
            + " review_url, created_at FROM support_notification WHERE course_id = ? AND id > ? ORDER BY id LIMIT ?";

    private static final String RENAME_STUDENT = "UPDATE support_notification SET student_username = ?"
            + " WHERE attempt_code = ANY (?)";

    private final PostgresTransactions tx;

    JdbcNotificationRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(AttemptCode about, SupportNotification n) {
        tx.unit().queue(ADD, p -> p.text(about.value()).text(n.courseId().value()).text(n.examName())
                .text(n.studentUsername()).text(n.reviewStatus().label()).text(n.reviewUrl()).time(n.createdAt()),
                1, "add support notification");
    }

    @Override
    public Page<SupportNotification> forCourse(CourseId course, PageRequest page) {
        List<Map.Entry<Long, SupportNotification>> rows = tx.unit().list(FOR_COURSE,
                p -> p.text(course.value()).bigint(page.after()).integer(page.limit()),
                r -> Map.entry(r.getLong("id"), new SupportNotification(new CourseId(r.getString("course_id")),
                        r.getString("exam_name"), r.getString("student_username"),
                        ReviewStatus.fromLabel(r.getString("review_status")).orElseThrow(),
                        r.getString("review_url"), Row.instant(r, "created_at"))));
        return page.page(rows, Map.Entry::getKey, Map.Entry::getValue);
    }

    @Override
    public int renameStudent(Set<AttemptCode> attempts, String username) {
        return attempts.isEmpty() ? 0 : tx.unit().update(RENAME_STUDENT, p -> p.text(username)
                .texts(attempts.stream().map(AttemptCode::value).toList()));
    }
}
