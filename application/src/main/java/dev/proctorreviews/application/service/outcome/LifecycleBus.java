package dev.proctorreviews.application.service.outcome;

import dev.proctorreviews.application.port.out.lifecycle.LifecycleCounters;
import dev.proctorreviews.application.port.out.lifecycle.LifecyclePayloads;
import java.util.Objects;

/**
 * The learning platform's event bus as the core needs it to capture lifecycle events: how a captured event is kept
 * as text in the outbox, and where what happens to events is counted. The core is given one only when a bus is
 * configured; without it, no change is captured and nothing is read for it.
 */
public record LifecycleBus(LifecyclePayloads payloads, LifecycleCounters counters) {
    public LifecycleBus {
        Objects.requireNonNull(payloads, "payloads");
        Objects.requireNonNull(counters, "counters");
    }
}
