package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.User;
import java.util.Optional;

/**
 * The reviewer rule. A vendor review naming a known user who is neither global staff nor staff of the
 * exam's course is still accepted (edx-proctoring accepted it too), but operators must be able to find it,
 * so a warning with a fixed text is logged.
 */
public final class ReviewerPermission {
    private ReviewerPermission() {
    }

    /** The warning to log, or empty when the reviewer is staff for the exam's course. */
    public static Optional<String> warningFor(User reviewer, Exam exam, AttemptCode code) {
        if (reviewer.isStaffOf(exam.courseId())) {
            return Optional.empty();
        }
        return Optional.of("user=" + reviewer.username()
                + " does not have the required permissions to submit a review for attempt_code="
                + code.value() + ".");
    }
}
