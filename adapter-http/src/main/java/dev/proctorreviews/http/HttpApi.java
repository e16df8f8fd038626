package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.CoreUseCases;
import dev.proctorreviews.application.port.out.StorageUnavailableException;
import dev.proctorreviews.domain.review.ReviewSource;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
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

    /** The app, not yet started, for a service that stays live as long as it runs. */
    public static HttpApi create(HttpSettings settings, CoreUseCases core, PrometheusMeterRegistry registry,
                                 Readiness readiness) {
        return create(settings, core, registry, readiness, () -> true);
    }

    /**
     * The app, not yet started. {@code liveness} false means the process cannot recover by itself (its embedded
     * database is gone for good): {@code /health/live} then answers 503, so that a supervisor restarts it.
     */
    public static HttpApi create(HttpSettings settings, CoreUseCases core, PrometheusMeterRegistry registry,
                                 Readiness readiness, BooleanSupplier liveness) {
        return create(settings, core, registry, readiness, liveness, (config, admitted) -> { });
    }

    /**
     * The app, not yet started, with the routes of another driving adapter on the same server ({@code others}
     * registers them; the bootstrap passes the review pages). This module does not know them: they answer on
     * their own, and the API's error answers leave alone any answer that already has a body type of its own
     * (an HTML 404 page stays HTML). {@code others} also gets the admission guard, to wrap its handlers in, so
     * that one bound of work in flight covers everything the server does.
     */
    public static HttpApi create(HttpSettings settings, CoreUseCases core, PrometheusMeterRegistry registry,
                                 Readiness readiness, BooleanSupplier liveness,
                                 BiConsumer<JavalinConfig, UnaryOperator<Handler>> others) {
        HttpMetrics metrics = new HttpMetrics(registry);
        Admission admission = new Admission(settings.maxInFlight(), settings.admissionWait());
        WebhookVerifier verifier = new WebhookVerifier(settings.webhookKeys(),
                settings.allowUnsignedSoftwareSecure() ? Set.of(ReviewSource.SOFTWARE_SECURE) : Set.of(),
                settings.signatureTolerance(), settings.clock());
        List<RouteGroup> groups = List.of(
                new CallbackRoutes(core.receiveReview(), verifier, metrics),
                new UserRoutes(core.users()),
                new SignInLinkRoutes(core.signInLinks()),
                new ExamRoutes(core.exams()),
                new AttemptRoutes(core.attempts()),
                new ReviewRoutes(core.reviews(), core.deleteReview(), core.staffDecisions(), core.applyReview()),
                new OutcomeRoutes(core.outcomes()),
                new DeliveryRoutes(core.deliveries()),
                new SubscriptionRoutes(core.subscriptions()));
        OperationsRoutes operations = new OperationsRoutes(readiness, registry);
        ApiTokens tokens = new ApiTokens(settings.apiTokens());
        Gauge.builder("proctor_parked_deliveries", () -> core.deliveries().countParked())
                .description("Authentic deliveries waiting for replay").register(registry);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = WebhookVerifier.HARD_LIMIT_BYTES;
            config.http.generateEtags = false;
            config.jetty.threadPool = settings.threadPool();
            config.jetty.modifyHttpConfiguration(http -> {
                http.setMinRequestDataRate(HttpSettings.MIN_REQUEST_BYTES_PER_SECOND);
                http.setIdleTimeout(HttpSettings.REQUEST_IDLE_TIMEOUT.toMillis());
            });
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new FilterHolder(new BodyBuffering((int) WebhookVerifier.HARD_LIMIT_BYTES + 1)), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            config.requestLogger.http(metrics::request);
            config.routes.before(RouteGroup.API + "/*", tokens::check);
            config.routes.before("/health/live", ctx -> {
                if (!liveness.getAsBoolean()) {
                    throw new ProblemException(ProblemCode.DATABASE_UNAVAILABLE,
                            "The database is gone and could not be restarted; restart the service.");
                }
            });
            GuardedRoutes guarded = new GuardedRoutes(config.routes, admission);
            groups.forEach(group -> group.register(guarded));
            operations.register(config.routes);
            new LandingRoutes().register(config.routes);
            others.accept(config, admission::guard);
            config.routes.exception(ProblemException.class, (e, ctx) -> Problems.write(ctx, e));
            config.routes.exception(StorageUnavailableException.class, (e, ctx) -> {
                ctx.header("Retry-After", "5");
                Problems.write(ctx, ProblemCode.DATABASE_UNAVAILABLE, "The database is unreachable; retry later.");
            });
            config.routes.exception(UncheckedIOException.class, (e, ctx) ->
                    Problems.write(ctx, ProblemCode.INVALID_REQUEST, "The request body could not be read."));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> answerJavalin(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> Problems.internalError(ctx, e));
            config.routes.error(404, ctx -> {
                if (!isAnswered(ctx)) {
                    Problems.write(ctx, ProblemCode.NOT_FOUND, "No resource at " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> Problems.write(ctx, ProblemCode.METHOD_NOT_ALLOWED,
                    ctx.method() + " is not allowed on " + ctx.path()));
            config.routes.error(413, ctx -> {
                if (!isAnswered(ctx)) {
                    Problems.write(ctx, ProblemCode.PAYLOAD_TOO_LARGE, "The request body is too large.");
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

    /** A problem already written, or a page of the review pages (which answer their own errors in HTML). */
    private static boolean isAnswered(io.javalin.http.Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && (type.startsWith(Problems.CONTENT_TYPE) || type.startsWith("text/html"));
    }

    private static void answerJavalin(io.javalin.http.Context ctx, HttpResponseException e) {
        Optional<ProblemCode> code = Stream.of(ProblemCode.INVALID_REQUEST, ProblemCode.NOT_FOUND,
                ProblemCode.METHOD_NOT_ALLOWED, ProblemCode.PAYLOAD_TOO_LARGE, ProblemCode.UNSUPPORTED_MEDIA_TYPE)
                .filter(c -> c.status == e.getStatus()).findFirst();
        if (code.isEmpty()) {
            Problems.internalError(ctx, e);
        } else {
            Problems.write(ctx, code.get(), e.getMessage());
        }
    }
}
