package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.ATTEMPT;
import static dev.proctorreviews.persistence.schema.Tables.EXAM;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;
import static org.jooq.impl.DSL.count;

import dev.proctorreviews.application.port.ExamReviewCounts;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.ReviewedAttempt;
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
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.persistence.schema.tables.records.AttemptRecord;
import dev.proctorreviews.persistence.schema.tables.records.ExamRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;

/** The course team's pages, one query each: an exam's reviewed attempts, a course's exams with counts. */
final class PostgresReviewBoards implements ReviewBoards {
    private static final Field<Integer> REVIEWED = count(REVIEW.ATTEMPT_CODE).as("reviewed");
    private static final Field<Integer> WAITING = count().filterWhere(REVIEW.ATTEMPT_CODE.isNotNull()
            .and(ATTEMPT.STATUS.eq(AttemptStatus.SECOND_REVIEW_REQUIRED.wireName()))).as("waiting");

    private final PostgresTransactions tx;

    PostgresReviewBoards(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<ReviewedAttempt> reviewedAttempts(ExamId exam) {
        return tx.unit().dsl()
                .select(ATTEMPT.asterisk(), APP_USER.USERNAME, REVIEW_VERSION.REVIEW_STATUS, REVIEW.UPDATED_AT)
                .from(ATTEMPT)
                .join(REVIEW).on(REVIEW.ATTEMPT_CODE.eq(ATTEMPT.ATTEMPT_CODE))
                .join(REVIEW_VERSION).on(REVIEW_VERSION.ID.eq(REVIEW.REVIEW_VERSION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(ATTEMPT.USER_ID))
                .where(ATTEMPT.EXAM_ID.eq(exam.value()))
                .fetch(row -> new ReviewedAttempt(attempt(row.into(ATTEMPT)), row.get(APP_USER.USERNAME),
                        ReviewStatus.fromLabel(row.get(REVIEW_VERSION.REVIEW_STATUS)).orElseThrow(),
                        Times.instant(row.get(REVIEW.UPDATED_AT))));
    }

    @Override
    public List<ExamReviewCounts> examsOf(CourseId course) {
        return tx.unit().dsl()
                .select(EXAM.asterisk(), REVIEWED, WAITING)
                .from(EXAM)
                .leftJoin(ATTEMPT).on(ATTEMPT.EXAM_ID.eq(EXAM.ID))
                .leftJoin(REVIEW).on(REVIEW.ATTEMPT_CODE.eq(ATTEMPT.ATTEMPT_CODE))
                .where(EXAM.COURSE_ID.eq(course.value()))
                .groupBy(EXAM.ID)
                .orderBy(EXAM.ID)
                .fetch(row -> new ExamReviewCounts(exam(row.into(EXAM)), row.get(REVIEWED), row.get(WAITING)));
    }

    private static Attempt attempt(AttemptRecord r) {
        return new Attempt(new AttemptId(r.getId()), new ExamId(r.getExamId()), new UserId(r.getUserId()),
                new AttemptCode(r.getAttemptCode()), new ExternalId(r.getExternalId()), r.getTakingAsProctored(),
                AttemptStatus.fromWireName(r.getStatus()).orElseThrow(),
                Optional.ofNullable(r.getArchivedAt()).map(Times::instant),
                Optional.ofNullable(r.getArchivedByUserId()).map(UserId::new), Times.instant(r.getCreatedAt()),
                Times.instant(r.getUpdatedAt()));
    }

    private static Exam exam(ExamRecord r) {
        return new Exam(new ExamId(r.getId()), new ExamDetails(new CourseId(r.getCourseId()), r.getContentId(),
                r.getExamName(), r.getTimeLimitMins(), r.getIsProctored(), r.getIsPracticeExam(),
                Backend.fromWireName(r.getBackend()).orElseThrow()));
    }
}
