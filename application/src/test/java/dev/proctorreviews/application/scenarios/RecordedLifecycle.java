package dev.proctorreviews.application.scenarios;

import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleCounters;
import dev.proctorreviews.application.port.out.lifecycle.LifecyclePayloads;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bus for the core's tests: the payload it writes is only a reference ({@code {"ref":"<event id>"}}) to the
 * captured event it remembers, so a test sees exactly what the core captured, in order, and what it counted. The
 * real JSON format belongs to the bus adapter and is tested there.
 */
public final class RecordedLifecycle implements LifecyclePayloads, LifecycleCounters {
    private final List<CapturedLifecycleEvent> captured = new CopyOnWriteArrayList<>();
    private final List<LifecycleChange> published = new CopyOnWriteArrayList<>();
    private final List<SkipReason> skipped = new CopyOnWriteArrayList<>();

    @Override
    public String write(CapturedLifecycleEvent event) {
        captured.add(event);
        return "{\"ref\":\"" + event.id() + "\"}";
    }

    @Override
    public CapturedLifecycleEvent read(String json) {
        return captured.stream().filter(e -> json.equals("{\"ref\":\"" + e.id() + "\"}")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a payload of this world: " + json));
    }

    @Override
    public void published(LifecycleChange change) {
        published.add(change);
    }

    @Override
    public void skipped(SkipReason reason) {
        skipped.add(reason);
    }

    /** Every event captured so far, oldest first. */
    public List<CapturedLifecycleEvent> captured() {
        return List.copyOf(captured);
    }

    public List<LifecycleChange> published() {
        return List.copyOf(published);
    }

    public List<SkipReason> skipped() {
        return List.copyOf(skipped);
    }
}
