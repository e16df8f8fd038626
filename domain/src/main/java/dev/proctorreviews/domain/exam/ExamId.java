package dev.proctorreviews.domain.exam;

import dev.proctorreviews.domain.Require;

/** Identifier of an exam, assigned by storage. */
public record ExamId(long value) {
    public ExamId {
        Require.positive(value, "exam_id");
    }
}
