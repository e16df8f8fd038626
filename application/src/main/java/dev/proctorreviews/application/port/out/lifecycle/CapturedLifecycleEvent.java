package dev.proctorreviews.application.port.out.lifecycle;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamDetails;
import java.util.Optional;
import java.util.UUID;

/**
 * A lifecycle change as the core captures it, inside the transaction of the change: everything the platform's
 * event says is copied in, so that it can be published (and published again) without reading anything else.
 * Only the commit time is missing; the outbox adds it once the change has committed
 * ({@link AttemptLifecycleEvent}).
 *
 * @param id             fixed here and kept however often the event is published, so the platform can drop repeats
 * @param courseKey      the exam's course id
 * @param usageKey       the exam's content id (in Open edX, the exam subsection's usage key)
 * @param requestingUser present exactly when {@link LifecycleChange#namesRequestingUser()} says so
 */
public record CapturedLifecycleEvent(UUID id, LifecycleChange change, LearnerSnapshot student, String courseKey,
                                     String usageKey, ExamKind examType, Optional<LearnerSnapshot> requestingUser) {
    public CapturedLifecycleEvent {
        Require.present(id, "id");
        Require.present(change, "change");
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
