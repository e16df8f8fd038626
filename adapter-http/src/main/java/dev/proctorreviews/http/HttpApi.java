package dev.proctorreviews.http;

import dev.proctorreviews.application.port.out.StorageUnavailableException;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's HTTP side, built from its use cases: the factory the bootstrap and the tests share, so that
 * what tests drive is what runs. Stopping drains it: new requests are refused (503), those in flight finish.
 */
public final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private final Javalin javalin;
    private final Admission admission;

    private HttpApi(Javalin javalin, Admission admission) {
        this.javalin = javalin;
        this.admission = admission;
    }

    /** The app, not yet started. */
    public static HttpApi create(HttpSettings settings, UseCases useCases, PrometheusMeterRegistry registry,
                                 Readiness readiness) {
        HttpMetrics metrics = new HttpMetrics(registry);
        Admission admission = new Admission(settings.maxInFlight(), settings.admissionWait());
        WebhookVerifier verifier = new WebhookVerifier(settings.webhookKeys(), settings.signatureTolerance(),
                settings.clock());
        CallbackRoutes callbacks = new CallbackRoutes(useCases, verifier, settings.allowUnsignedSoftwareSecure(),
                metrics);
        ManagementRoutes management = new ManagementRoutes(useCases);
        OperationsRoutes operations = new OperationsRoutes(readiness, registry);
        ApiTokens tokens = new ApiTokens(settings.apiTokens());
        Gauge.builder("proctor_parked_deliveries", () -> useCases.countParked().countParked())
                .description("Authentic deliveries waiting for replay").register(registry);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = WebhookVerifier.HARD_LIMIT_BYTES;
            config.http.generateEtags = false;
            config.requestLogger.http(metrics::request);
            config.routes.before(ManagementRoutes.PREFIX + "/*", tokens::check);
            GuardedRoutes guarded = new GuardedRoutes(config.routes, admission);
            callbacks.register(guarded);
            management.register(guarded);
            operations.register(config.routes);
            new LandingRoutes().register(config.routes);
            config.routes.exception(ProblemException.class, (e, ctx) -> Problems.write(ctx, e));
            config.routes.exception(StorageUnavailableException.class, (e, ctx) -> {
                ctx.header("Retry-After", "5");
                Problems.write(ctx, 503, "database_unavailable", "The database is unreachable; retry later.");
            });
            config.routes.exception(UncheckedIOException.class, (e, ctx) ->
                    Problems.write(ctx, 400, "invalid_request", "The request body could not be read."));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> answerJavalin(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> Problems.internalError(ctx, e));
            config.routes.error(404, ctx -> {
                if (!isProblem(ctx)) {
                    Problems.write(ctx, 404, "not_found", "No resource at " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> Problems.write(ctx, 405, "method_not_allowed",
                    ctx.method() + " is not allowed on " + ctx.path()));
            config.routes.error(413, ctx -> {
                if (!isProblem(ctx)) {
                    Problems.write(ctx, 413, "payload_too_large", "The request body is too large.");
                }
            });
        });
        return new HttpApi(javalin, admission);
    }

    /**
     * Loads the JSON codecs by using them once, on the calling thread: about a third of a second of class
     * loading that the first readiness probe and the first callback would otherwise wait for. The service calls it
     * on a spare thread while the server starts.
     */
    public static void prepareJson() {
        try {
            Json.MAPPER.writeValueAsBytes(Json.MAPPER.readTree("{\"status\": \"ready\", \"seq\": [1]}"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a constant document always reads", e);
        }
    }

    public HttpApi start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Every served route as {@code METHOD /path/{param}}, to compare with the published OpenAPI document. */
    public Set<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> METHODS.contains(e.method)).map(e -> e.method.name() + " " + e.path)
                .collect(Collectors.toSet());
    }

    /** Refuses new work, lets the work in flight finish (up to {@code grace}), then closes the server. */
    public void stop(Duration grace) {
        try {
            if (!admission.drain(grace)) {
                LOG.warn("Requests still in flight after {}; stopping anyway", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        javalin.stop();
    }

    private static boolean isProblem(io.javalin.http.Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/problem+json");
    }

    private static void answerJavalin(io.javalin.http.Context ctx, HttpResponseException e) {
        Map<Integer, String> codes = Map.of(400, "invalid_request", 404, "not_found", 405, "method_not_allowed",
                413, "payload_too_large", 415, "unsupported_media_type");
        String code = codes.get(e.getStatus());
        if (code == null) {
            Problems.internalError(ctx, e);
        } else {
            Problems.write(ctx, e.getStatus(), code, e.getMessage());
        }
    }
}
