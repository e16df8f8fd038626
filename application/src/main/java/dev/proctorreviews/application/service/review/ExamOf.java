package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.Exam;

/** The exam of an attempt; storage guarantees it exists (foreign key), so its absence is a bug. */
final class ExamOf {
    private ExamOf() {
    }

    static Exam attempt(Exams exams, Attempt attempt) {
        return exams.byId(attempt.examId()).orElseThrow(() -> new IllegalStateException(
                "attempt " + attempt.id().value() + " refers to missing exam " + attempt.examId().value()));
    }
}
