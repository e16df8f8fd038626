package dev.proctorreviews.application.port.out.lifecycle;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamDetails;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One lifecycle change of an attempt, as the learning platform needs it: everything is copied in, so the
 * event can be published (and published again) without reading anything else.
 *
 * @param id             stays the same however often the event is published, so the platform can drop repeats
 * @param committedAt    when the change committed, not when it was published
 * @param courseKey      the exam's course id
 * @param usageKey       the exam's content id (in Open edX, the exam subsection's usage key)
 * @param requestingUser present exactly when {@link LifecycleChange#namesRequestingUser()} says so
 */
public record AttemptLifecycleEvent(UUID id, LifecycleChange change, Instant committedAt, LearnerSnapshot student,
                                    String courseKey, String usageKey, ExamKind examType,
                                    Optional<LearnerSnapshot> requestingUser) {
    public AttemptLifecycleEvent {
        Require.present(id, "id");
        Require.present(change, "change");
        Require.present(committedAt, "committed_at");
        Require.present(student, "student_user");
        Require.text(courseKey, "course_key", CourseId.MAX_LENGTH);
        Require.text(usageKey, "usage_key", ExamDetails.MAX_TEXT_LENGTH);
        Require.present(examType, "exam_type");
        Require.present(requestingUser, "requesting_user");
        if (requestingUser.isPresent() != change.namesRequestingUser()) {
            throw new IllegalArgumentException("requesting_user must be "
                    + (change.namesRequestingUser() ? "present" : "absent") + " for " + change);
        }
    }
}
