package dev.proctorreviews.openedx.eventbus;

import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.ExamKind;
import dev.proctorreviews.application.port.out.lifecycle.LearnerSnapshot;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The fixed-vector learner and exam, and events about them. */
final class SampleEvents {
    static final LearnerSnapshot ADA = new LearnerSnapshot(42, true, "learner42", "learner42@example.com", "Ada Learner");
    static final LearnerSnapshot STAFF = new LearnerSnapshot(7, true, "staff7", "staff7@example.com", "");
    static final String COURSE = "course-v1:edX+DemoX+Demo_Course";
    static final String USAGE = "block-v1:edX+DemoX+Demo_Course+type@sequential+block@exam1";
    static final Instant COMMITTED = Instant.parse("2026-12-01T10:00:00.123456789Z");

    private SampleEvents() {
    }

    /** An event of the given change, with a requesting user exactly when the change names one. */
    static AttemptLifecycleEvent of(LifecycleChange change) {
        Optional<LearnerSnapshot> requesting = change == LifecycleChange.SUBMITTED ? Optional.of(ADA)
                : change == LifecycleChange.RESET ? Optional.of(STAFF) : Optional.empty();
        return new AttemptLifecycleEvent(new CapturedLifecycleEvent(UUID.randomUUID(), change, ADA, COURSE, USAGE,
                ExamKind.PROCTORED, requesting), COMMITTED);
    }
}
