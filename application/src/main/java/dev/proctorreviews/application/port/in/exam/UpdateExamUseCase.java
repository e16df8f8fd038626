package dev.proctorreviews.application.port.in.exam;

import dev.proctorreviews.domain.exam.ExamId;

/** Change any field of an exam but its id. */
public interface UpdateExamUseCase {
    ExamResult update(ExamId id, ExamChange change);
}
