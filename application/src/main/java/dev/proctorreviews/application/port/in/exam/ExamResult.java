package dev.proctorreviews.application.port.in.exam;

import dev.proctorreviews.application.port.Refusal;
import dev.proctorreviews.domain.exam.Exam;

/** How registering or changing an exam ended. */
public sealed interface ExamResult {
    record Saved(Exam exam) implements ExamResult {
    }

    record NotFound(String detail) implements ExamResult, Refusal {
    }

    record AlreadyExists(String detail) implements ExamResult, Refusal {
    }
}
