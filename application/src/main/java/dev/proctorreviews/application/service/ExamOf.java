package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.Exam;

/** The exam of an attempt; storage guarantees it exists (foreign key), so its absence is a bug. */
final class ExamOf {
    private ExamOf() {
    }

    static Exam attempt(Stores stores, Attempt attempt) {
        return stores.exams().byId(attempt.examId()).orElseThrow(() -> new IllegalStateException(
                "attempt " + attempt.id().value() + " refers to missing exam " + attempt.examId().value()));
    }
}
