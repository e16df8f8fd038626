package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.EXAM;

import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.persistence.schema.tables.records.ExamRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
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
                .set(columns(d))
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
                .set(columns(d))
                .where(EXAM.ID.eq(exam.id().value()))
                .andNotExists(clash)
                .execute() == 1;
    }

    @Override
    public Optional<Exam> byId(ExamId id) {
        return tx.dsl().selectFrom(EXAM).where(EXAM.ID.eq(id.value())).fetchOptional()
                .map(JooqExamRepository::toExam);
    }

    /** The exam's columns but its id, for both insert and update. */
    private static Map<Field<?>, Object> columns(ExamDetails d) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(EXAM.COURSE_ID, d.courseId().value());
        columns.put(EXAM.CONTENT_ID, d.contentId());
        columns.put(EXAM.EXAM_NAME, d.examName());
        columns.put(EXAM.TIME_LIMIT_MINS, d.timeLimitMins());
        columns.put(EXAM.IS_PROCTORED, d.proctored());
        columns.put(EXAM.IS_PRACTICE_EXAM, d.practiceExam());
        columns.put(EXAM.BACKEND, d.backend().wireName());
        return columns;
    }

    private static Exam toExam(ExamRecord r) {
        return new Exam(new ExamId(r.getId()), new ExamDetails(new CourseId(r.getCourseId()), r.getContentId(),
                r.getExamName(), r.getTimeLimitMins(), r.getIsProctored(), r.getIsPracticeExam(),
                Backend.fromWireName(r.getBackend()).orElseThrow()));
    }
}
