package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.SUPPORT_NOTIFICATION;
import static org.jooq.impl.DSL.param;

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
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Support notifications, listed per course in the order they were created, a bounded page per query. */
final class PostgresNotificationRepository implements Notifications {
    private static final String ADD = Rendered.sql(DSL.insertInto(SUPPORT_NOTIFICATION)
            .set(SUPPORT_NOTIFICATION.ATTEMPT_CODE, param("attempt_code", String.class))
            .set(SUPPORT_NOTIFICATION.COURSE_ID, param("course_id", String.class))
            .set(SUPPORT_NOTIFICATION.EXAM_NAME, param("exam_name", String.class))
            .set(SUPPORT_NOTIFICATION.STUDENT_USERNAME, param("student_username", String.class))
            .set(SUPPORT_NOTIFICATION.REVIEW_STATUS, param("review_status", String.class))
            .set(SUPPORT_NOTIFICATION.REVIEW_URL, param("review_url", String.class))
            .set(SUPPORT_NOTIFICATION.CREATED_AT, param("created_at", SUPPORT_NOTIFICATION.CREATED_AT)));
    private static final String FOR_COURSE = Rendered.sql(DSL.select(SUPPORT_NOTIFICATION.ID,
                    SUPPORT_NOTIFICATION.COURSE_ID, SUPPORT_NOTIFICATION.EXAM_NAME,
                    SUPPORT_NOTIFICATION.STUDENT_USERNAME, SUPPORT_NOTIFICATION.REVIEW_STATUS,
                    SUPPORT_NOTIFICATION.REVIEW_URL, SUPPORT_NOTIFICATION.CREATED_AT)
            .from(SUPPORT_NOTIFICATION)
            .where(SUPPORT_NOTIFICATION.COURSE_ID.eq(param("course_id", String.class)))
            .and(SUPPORT_NOTIFICATION.ID.gt(param("after", Long.class)))
            .orderBy(SUPPORT_NOTIFICATION.ID)
            .limit(param("limit", Integer.class)));
    private static final String RENAME_STUDENT = Rendered.sql(DSL.update(SUPPORT_NOTIFICATION)
            .set(SUPPORT_NOTIFICATION.STUDENT_USERNAME, param("student_username", String.class))
            .where(SUPPORT_NOTIFICATION.ATTEMPT_CODE.eq(DSL.any(param("attempt_codes", SQLDataType.CLOB.array())))));

    private final PostgresTransactions tx;

    PostgresNotificationRepository(PostgresTransactions tx) {
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
                r -> Map.entry(r.getLong(SUPPORT_NOTIFICATION.ID.getName()), new SupportNotification(
                        new CourseId(r.getString(SUPPORT_NOTIFICATION.COURSE_ID.getName())),
                        r.getString(SUPPORT_NOTIFICATION.EXAM_NAME.getName()),
                        r.getString(SUPPORT_NOTIFICATION.STUDENT_USERNAME.getName()),
                        ReviewStatus.fromLabel(r.getString(SUPPORT_NOTIFICATION.REVIEW_STATUS.getName())).orElseThrow(),
                        r.getString(SUPPORT_NOTIFICATION.REVIEW_URL.getName()),
                        Row.instant(r, SUPPORT_NOTIFICATION.CREATED_AT))));
        return page.page(rows, Map.Entry::getKey, Map.Entry::getValue);
    }

    @Override
    public int renameStudent(Set<AttemptCode> attempts, String username) {
        return attempts.isEmpty() ? 0 : tx.unit().update(RENAME_STUDENT, p -> p.text(username)
                .texts(attempts.stream().map(AttemptCode::value).toList()));
    }
}
