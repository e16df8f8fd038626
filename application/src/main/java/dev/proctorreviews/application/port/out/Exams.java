package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Optional;

/** The exams the LMS registered; (course id, content id) is unique. */
public interface Exams {
    /** Stores a new exam; empty when an exam with the same course and content id exists. */
    Optional<Exam> add(ExamDetails details);

    /** Replaces the details; false when the new course and content id belong to another exam. */
    boolean update(Exam exam);

    Optional<Exam> byId(ExamId id);
}
