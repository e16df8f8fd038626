package dev.proctorreviews.application.port.out.lifecycle;

import dev.proctorreviews.domain.Require;
import java.time.Instant;

/**
 * One lifecycle change of an attempt, ready to publish: what was captured with the change, and when the change
 * committed (not when it is published, which may be much later while the bus is unreachable).
 */
public record AttemptLifecycleEvent(CapturedLifecycleEvent captured, Instant committedAt) {
    public AttemptLifecycleEvent {
        Require.present(captured, "captured");
        Require.present(committedAt, "committed_at");
    }
}
