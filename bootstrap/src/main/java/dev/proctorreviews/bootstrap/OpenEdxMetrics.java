package dev.proctorreviews.bootstrap;

import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleCounters;
import dev.proctorreviews.openedx.eventbus.OpenEdxEventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * The Open edX event bus's metrics (contract 1.1 section 9): events published per Open edX type, changes skipped per
 * reason, and the events waiting in the outbox. Every series exists from the start (at zero), so that an alert on a
 * rate works before the first event.
 */
final class OpenEdxMetrics implements LifecycleCounters {
    private final Map<LifecycleChange, Counter> published = new EnumMap<>(LifecycleChange.class);
    private final Map<SkipReason, Counter> skipped = new EnumMap<>(SkipReason.class);

    /** @param pending how many events wait in the outbox (read on each scrape) */
    OpenEdxMetrics(MeterRegistry registry, DoubleSupplier pending) {
        for (LifecycleChange change : LifecycleChange.values()) {
            published.put(change, Counter.builder("proctor_openedx_events_published")
                    .description("Open edX lifecycle events added to the Redis stream, by event type")
                    .tag("type", OpenEdxEventType.of(change).typeName())
                    .register(registry));
        }
        for (SkipReason reason : SkipReason.values()) {
            skipped.put(reason, Counter.builder("proctor_openedx_events_skipped")
                    .description("Lifecycle changes the LMS is not told of, by reason")
                    .tag("reason", reason.wireName())
                    .register(registry));
        }
        Gauge.builder("proctor_openedx_events_pending", pending::getAsDouble)
                .description("Open edX lifecycle events waiting in the outbox to be published")
                .register(registry);
    }

    @Override
    public void published(LifecycleChange change) {
        published.get(change).increment();
    }

    @Override
    public void skipped(SkipReason reason) {
        skipped.get(reason).increment();
    }
}
