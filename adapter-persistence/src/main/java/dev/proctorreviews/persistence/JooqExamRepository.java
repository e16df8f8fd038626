package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.EXAM;

import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.persistence.schema.tables.records.ExamRecord;
import java.util.Optional;
import org.jooq.impl.DSL;

/** Exams; the unique (course_id, content_id) constraint decides clashes, without a check-then-insert race. */
final class JooqExamRepository implements Exams {
    private final JooqTransactions tx;

    JooqExamRepository(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Exam> add(ExamDetails d) {
        return tx.dsl().insertInto(EXAM)
                .set(EXAM.COURSE_ID, d.courseId().value())
                .set(EXAM.CONTENT_ID, d.contentId())
                .set(EXAM.EXAM_NAME, d.examName())
                .set(EXAM.TIME_LIMIT_MINS, d.timeLimitMins())
                .set(EXAM.IS_PROCTORED, d.proctored())
                .set(EXAM.IS_PRACTICE_EXAM, d.practiceExam())
                .set(EXAM.BACKEND, d.backend().wireName())
                .onConflictOnConstraint(DSL.name("uq_exam_course_content")).doNothing()
                .returning()
                .fetchOptional()
                .map(JooqExamRepository::toExam);
    }

    @Override
    public boolean update(Exam exam) {
        ExamDetails d = exam.details();
        var clash = DSL.selectOne().from(EXAM.as("other"))
                .where(EXAM.as("other").COURSE_ID.eq(d.courseId().value()))
                .and(EXAM.as("other").CONTENT_ID.eq(d.contentId()))
                .and(EXAM.as("other").ID.ne(exam.id().value()));
        return tx.dsl().update(EXAM)
                .set(EXAM.COURSE_ID, d.courseId().value())
                .set(EXAM.CONTENT_ID, d.contentId())
                .set(EXAM.EXAM_NAME, d.examName())
                .set(EXAM.TIME_LIMIT_MINS, d.timeLimitMins())
                .set(EXAM.IS_PROCTORED, d.proctored())
                .set(EXAM.IS_PRACTICE_EXAM, d.practiceExam())
                .set(EXAM.BACKEND, d.backend().wireName())
                .where(EXAM.ID.eq(exam.id().value()))
                .andNotExists(clash)
                .execute() == 1;
    }

    @Override
    public Optional<Exam> byId(ExamId id) {
        return tx.dsl().selectFrom(EXAM).where(EXAM.ID.eq(id.value())).fetchOptional()
                .map(JooqExamRepository::toExam);
    }

    private static Exam toExam(ExamRecord r) {
        return new Exam(new ExamId(r.getId()), new ExamDetails(new CourseId(r.getCourseId()), r.getContentId(),
                r.getExamName(), r.getTimeLimitMins(), r.getIsProctored(), r.getIsPracticeExam(),
                Backend.fromWireName(r.getBackend()).orElseThrow()));
    }
}
