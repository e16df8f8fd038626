package dev.proctorreviews.domain.credit;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.UserId;

/**
 * A learner's credit requirement for one proctored exam: namespace {@code proctored_exam}, named after the
 * exam's content id, as the LMS's credit service expects.
 */
public record CreditRequirement(UserId userId, CourseId courseId, String namespace, String name,
                                CreditStatus status) {
    public static final String PROCTORED_EXAM_NAMESPACE = "proctored_exam";

    public CreditRequirement {
        Require.present(userId, "user_id");
        Require.present(courseId, "course_id");
        Require.present(namespace, "namespace");
        Require.present(name, "name");
        Require.present(status, "status");
    }

    public static CreditRequirement forExam(UserId learner, Exam exam, CreditStatus status) {
        return new CreditRequirement(learner, exam.courseId(), PROCTORED_EXAM_NAMESPACE,
                exam.details().contentId(), status);
    }
}
