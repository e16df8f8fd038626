package dev.proctorreviews.application.port.in.exam;

import dev.proctorreviews.domain.exam.ExamDetails;

/** Register an exam; (course id, content id) must be new. */
public interface RegisterExamUseCase {
    ExamResult register(ExamDetails details);
}
