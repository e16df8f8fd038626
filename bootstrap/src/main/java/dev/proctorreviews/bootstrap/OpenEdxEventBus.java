package dev.proctorreviews.bootstrap;

import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.service.outbound.LifecycleSink;
import dev.proctorreviews.application.service.outcome.LifecycleBus;
import dev.proctorreviews.openedx.eventbus.JsonLifecyclePayloads;
import dev.proctorreviews.openedx.eventbus.OpenEdxEventBusSettings;
import dev.proctorreviews.openedx.eventbus.RedisStreamLifecyclePublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Open edX event bus as configured by {@code PROCTOR_OPENEDX_*}: the bus the core captures lifecycle events
 * for, the outbox sink that publishes them to Redis, and their metrics. Redis is not contacted here: the service
 * starts (and stays ready) whether or not Redis answers, and the sink retries until it does.
 */
final class OpenEdxEventBus implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenEdxEventBus.class);

    private final LifecycleBus lifecycle;
    private final LifecycleSink sink;
    private final RedisStreamLifecyclePublisher publisher;

    private OpenEdxEventBus(LifecycleBus lifecycle, LifecycleSink sink, RedisStreamLifecyclePublisher publisher) {
        this.lifecycle = lifecycle;
        this.sink = sink;
        this.publisher = publisher;
    }

    static OpenEdxEventBus of(OpenEdxEventBusSettings settings, Stores stores, MeterRegistry registry) {
        JsonLifecyclePayloads payloads = new JsonLifecyclePayloads();
        OpenEdxMetrics metrics = new OpenEdxMetrics(registry, () -> pending(stores));
        RedisStreamLifecyclePublisher publisher = new RedisStreamLifecyclePublisher(settings);
        LifecycleSink sink = new LifecycleSink(payloads, publisher, metrics, LifecycleSink.DEFAULT_BACKOFF,
                LifecycleSink.DEFAULT_MAX_BACKOFF);
        LOG.info("Open edX lifecycle events go to the Redis stream {} on {}:{}", publisher.streamName(),
                settings.redisUrl().getHost(), settings.redisUrl().getPort() < 0 ? 6379 : settings.redisUrl().getPort());
        return new OpenEdxEventBus(new LifecycleBus(payloads, metrics), sink, publisher);
    }

    /** What the core captures for. */
    LifecycleBus lifecycle() {
        return lifecycle;
    }

    /** What the outbox dispatcher publishes with. */
    LifecycleSink sink() {
        return sink;
    }

    /** Events waiting in the outbox; while the database is away there is no answer (the gauge shows NaN). */
    private static double pending(Stores stores) {
        try {
            return stores.transactions().inTransaction(() -> stores.outbox().backlog(SinkName.OPENEDX).pending());
        } catch (StorageUnavailableException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        publisher.close();
    }
}
