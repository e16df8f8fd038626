package dev.proctorreviews.domain.exam;

import dev.proctorreviews.domain.Require;

/**
 * A course's exam. {@code proctored=false} means the exam was turned into a plain timed exam, and reviews
 * for it are refused; {@code practiceExam} makes failing reviews final.
 */
public record Exam(ExamId id, ExamDetails details) {
    public Exam {
        Require.present(id, "id");
        Require.present(details, "details");
    }

    public CourseId courseId() {
        return details.courseId();
    }

    public boolean isProctored() {
        return details.proctored();
    }

    public boolean isPracticeExam() {
        return details.practiceExam();
    }

    public Backend backend() {
        return details.backend();
    }
}
