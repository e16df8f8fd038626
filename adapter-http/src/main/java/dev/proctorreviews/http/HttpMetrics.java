package dev.proctorreviews.http;

import dev.proctorreviews.domain.review.ReviewSource;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Request latency per route template (never the raw path, whose ids would explode the series) and status,
 * and callbacks per vendor and outcome.
 */
final class HttpMetrics {
    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void request(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        Timer.builder("http_server_requests")
                .description("HTTP requests by route template and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    void callback(ReviewSource vendor, String outcome) {
        Counter.builder("proctor_callbacks")
                .description("Vendor callbacks by vendor and outcome")
                .tag("vendor", vendor.wireName())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
