package dev.proctorreviews.application.port.in.exam;

import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Optional;

/** Read an exam. */
public interface GetExamUseCase {
    Optional<Exam> get(ExamId id);
}
