package dev.proctorreviews.bootstrap;

import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.outbox.Backlog;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.port.out.outbox.TryRecord;
import dev.proctorreviews.application.service.outbound.DispatcherSettings;
import dev.proctorreviews.application.service.outbound.OutboxDispatcher;
import dev.proctorreviews.application.service.outbound.OutboxSink;
import dev.proctorreviews.application.service.outbound.WebhookSink;
import dev.proctorreviews.webhooks.outbound.JdkHttpWebhookSender;
import dev.proctorreviews.webhooks.outbound.WebhookSenderSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Outbound webhooks, wired: the sender (its own HTTP client and egress proxy), the webhook sink and the outbox
 * dispatcher over the service's stores, and their metrics ({@code proctor_outbound_deliveries_total{outcome}},
 * {@code proctor_outbound_pending}, {@code proctor_outbound_lag_seconds}). The one dispatcher also serves the other
 * sinks configured (the Open edX event bus). Started once the schema is current, stopped before the database.
 */
final class OutboundWebhooks implements AutoCloseable {
    private final JdkHttpWebhookSender sender;
    private final OutboxDispatcher dispatcher;

    /** @param otherSinks the sinks besides webhooks that the same dispatcher serves */
    OutboundWebhooks(Configuration configuration, TargetPolicy targets, Stores stores, MeterRegistry registry,
                     Clock clock, List<OutboxSink> otherSinks) {
        this.sender = new JdkHttpWebhookSender(targets, WebhookSenderSettings.DEFAULTS);
        Map<String, Counter> outcomes = Map.of(
                "delivered", counter(registry, "delivered"),
                "pending", counter(registry, "failed_try"),
                "failed", counter(registry, "failed"));
        List<OutboxSink> sinks = new ArrayList<>(List.of(new WebhookSink(stores.transactions(),
                stores.subscriptions(), sender, configuration.outboundRetrySchedule(), clock)));
        sinks.addAll(otherSinks);
        this.dispatcher = new OutboxDispatcher(stores.transactions(), stores.outbox(), sinks,
                DispatcherSettings.DEFAULT, (message, outcome) -> {
                    if (message.sink() == SinkName.WEBHOOK) {
                        outcomes.get(outcome.state()).increment();
                    }
                }, clock);
        gauge(registry, "proctor.outbound.pending", "Webhook deliveries waiting to be delivered", stores,
                Backlog::pending);
        gauge(registry, "proctor.outbound.lag.seconds", "Age of the oldest pending webhook delivery", stores,
                backlog -> backlog.oldestCreatedAt()
                        .map(t -> Duration.between(t, clock.instant()).toNanos() / 1e9).orElse(0.0));
    }

    void start() {
        dispatcher.start();
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("proctor.outbound.deliveries").description("Webhook delivery tries by outcome")
                .tag("outcome", outcome).register(registry);
    }

    /** A gauge read from the outbox at scrape time; NaN while the database is away. */
    private static void gauge(MeterRegistry registry, String name, String description, Stores stores,
                              ToDoubleFunction<Backlog> value) {
        Gauge.builder(name, stores, s -> {
            try {
                return value.applyAsDouble(s.transactions().inTransaction(() -> s.outbox().backlog(SinkName.WEBHOOK)));
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description).register(registry);
    }

    @Override
    public void close() {
        dispatcher.close();
        sender.close();
    }
}
