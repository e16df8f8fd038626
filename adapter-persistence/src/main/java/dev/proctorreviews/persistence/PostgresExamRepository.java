package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.EXAM;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.persistence.schema.Keys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Exams; the unique (course_id, content_id) constraint decides clashes, without a check-then-insert race. */
final class PostgresExamRepository implements Exams {
    private static final String ADD = Rendered.sql(DSL.insertInto(EXAM)
            .set(EXAM.COURSE_ID, param("course_id", String.class))
            .set(EXAM.CONTENT_ID, param("content_id", String.class))
            .set(EXAM.EXAM_NAME, param("exam_name", String.class))
            .set(EXAM.TIME_LIMIT_MINS, param("time_limit_mins", Integer.class))
            .set(EXAM.IS_PROCTORED, param("is_proctored", Boolean.class))
            .set(EXAM.IS_PRACTICE_EXAM, param("is_practice_exam", Boolean.class))
            .set(EXAM.BACKEND, param("backend", String.class))
            .onConflictOnConstraint(Keys.UQ_EXAM_COURSE_CONTENT).doNothing()
            .returning(EXAM.fields()));
    /** Moves an exam unless another exam already has the target (course, content) pair. */
    private static final String UPDATE = updateUnlessTaken();
    private static final String BY_ID = Rendered.sql(DSL.select(EXAM.fields()).from(EXAM)
            .where(EXAM.ID.eq(param("id", Long.class))));

    private final PostgresTransactions tx;

    PostgresExamRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Exam> add(ExamDetails d) {
        return tx.unit().first(ADD, p -> bindDetails(p, d), r -> toExam(r, EXAM.ID));
    }

    @Override
    public boolean update(Exam exam) {
        ExamDetails d = exam.details();
        long id = exam.id().value();
        return tx.unit().update(UPDATE, p -> bindDetails(p, d).bigint(id)
                .text(d.courseId().value()).text(d.contentId()).bigint(id)) == 1;
    }

    @Override
    public Optional<Exam> byId(ExamId id) {
        return tx.unit().first(BY_ID, p -> p.bigint(id.value()), r -> toExam(r, EXAM.ID));
    }

    private static String updateUnlessTaken() {
        var other = EXAM.as("other");
        return Rendered.sql(DSL.update(EXAM)
                .set(EXAM.COURSE_ID, param("course_id", String.class))
                .set(EXAM.CONTENT_ID, param("content_id", String.class))
                .set(EXAM.EXAM_NAME, param("exam_name", String.class))
                .set(EXAM.TIME_LIMIT_MINS, param("time_limit_mins", Integer.class))
                .set(EXAM.IS_PROCTORED, param("is_proctored", Boolean.class))
                .set(EXAM.IS_PRACTICE_EXAM, param("is_practice_exam", Boolean.class))
                .set(EXAM.BACKEND, param("backend", String.class))
                .where(EXAM.ID.eq(param("id", Long.class)))
                .and(notExists(DSL.selectOne().from(other)
                        .where(other.COURSE_ID.eq(param("target_course_id", String.class)))
                        .and(other.CONTENT_ID.eq(param("target_content_id", String.class)))
                        .and(other.ID.ne(param("same_id", Long.class))))));
    }

    /** The exam's columns but its id, in the order both insert and update set them. */
    private static Parameters bindDetails(Parameters p, ExamDetails d) throws SQLException {
        return p.text(d.courseId().value()).text(d.contentId()).text(d.examName()).integer(d.timeLimitMins())
                .bool(d.proctored()).bool(d.practiceExam()).text(d.backend().wireName());
    }

    /** An exam's columns in a row, its id in {@code id} (the exam's own, or an attempt's exam id). */
    static Exam toExam(ResultSet r, Field<Long> id) throws SQLException {
        return new Exam(new ExamId(r.getLong(id.getName())), new ExamDetails(
                new CourseId(r.getString(EXAM.COURSE_ID.getName())), r.getString(EXAM.CONTENT_ID.getName()),
                r.getString(EXAM.EXAM_NAME.getName()), r.getInt(EXAM.TIME_LIMIT_MINS.getName()),
                r.getBoolean(EXAM.IS_PROCTORED.getName()), r.getBoolean(EXAM.IS_PRACTICE_EXAM.getName()),
                Backend.fromWireName(r.getString(EXAM.BACKEND.getName())).orElseThrow()));
    }
}
