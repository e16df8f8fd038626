package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Exams; the unique (course_id, content_id) constraint decides clashes, without a check-then-insert race. */
final class JdbcExamRepository implements Exams {
    private static final String COLUMNS = "id, course_id, content_id, exam_name, time_limit_mins, is_proctored,"
            + " is_practice_exam, backend";
    private static final String ADD = "INSERT INTO exam (course_id, content_id, exam_name, time_limit_mins,"
            + " is_proctored, is_practice_exam, backend) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT ON CONSTRAINT uq_exam_course_content DO NOTHING RETURNING " + COLUMNS;
    private static final String UPDATE = """
            UPDATE exam SET course_id = ?, content_id = ?, exam_name = ?, time_limit_mins = ?, is_proctored = ?,
                            is_practice_exam = ?, backend = ?
             WHERE id = ?
               AND NOT EXISTS (SELECT 1 FROM exam other
                                WHERE other.course_id = ? AND other.content_id = ? AND other.id <> ?)""";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM exam WHERE id = ?";

    private final PostgresTransactions tx;

    JdbcExamRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Exam> add(ExamDetails d) {
        return tx.unit().first(ADD, p -> bindDetails(p, d), JdbcExamRepository::toExam);
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
        return tx.unit().first(BY_ID, p -> p.bigint(id.value()), JdbcExamRepository::toExam);
    }

    /** The exam's columns but its id, in the order both insert and update list them. */
    private static Parameters bindDetails(Parameters p, ExamDetails d) throws SQLException {
        return p.text(d.courseId().value()).text(d.contentId()).text(d.examName()).integer(d.timeLimitMins())
                .bool(d.proctored()).bool(d.practiceExam()).text(d.backend().wireName());
    }

    private static Exam toExam(ResultSet r) throws SQLException {
        return new Exam(new ExamId(r.getLong("id")), new ExamDetails(new CourseId(r.getString("course_id")),
                r.getString("content_id"), r.getString("exam_name"), r.getInt("time_limit_mins"),
                r.getBoolean("is_proctored"), r.getBoolean("is_practice_exam"),
                Backend.fromWireName(r.getString("backend")).orElseThrow()));
    }
}
