package dev.proctorreviews.domain.event;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptStatus;

/** An attempt moved from one status to another. */
public record AttemptStatusChanged(AttemptId attemptId, AttemptStatus from, AttemptStatus to) implements DomainEvent {
    public static final String TYPE = "attempt_status_changed";

    public AttemptStatusChanged {
        Require.present(attemptId, "attempt_id");
        Require.present(from, "from");
        Require.present(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("a status change needs two different statuses");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
