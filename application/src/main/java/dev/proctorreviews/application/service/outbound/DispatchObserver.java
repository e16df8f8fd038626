package dev.proctorreviews.application.service.outbound;

import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.TryRecord;

/** Told of every recorded try, for metrics (the dispatcher logs by itself). */
@FunctionalInterface
public interface DispatchObserver {
    DispatchObserver NONE = (message, outcome) -> { };

    void tried(OutboxMessage message, TryRecord outcome);
}
