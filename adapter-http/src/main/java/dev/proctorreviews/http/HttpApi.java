package dev.proctorreviews.http;

import dev.proctorreviews.application.port.out.StorageUnavailableException;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Builds the service's Javalin app from its use cases: the factory the bootstrap and the tests share, so that
 * what tests drive is what runs.
 */
public final class HttpApi {
    private HttpApi() {
    }

    /** The app, not yet started; the caller chooses the port with {@code start(host, port)}. */
    public static Javalin create(HttpSettings settings, UseCases useCases, PrometheusMeterRegistry registry,
                                 Readiness readiness) {
        HttpMetrics metrics = new HttpMetrics(registry);
        WebhookVerifier verifier = new WebhookVerifier(settings.webhookKeys(), settings.signatureTolerance(),
                settings.clock());
        CallbackRoutes callbacks = new CallbackRoutes(useCases, verifier, settings.allowUnsignedSoftwareSecure(),
                metrics);
        ManagementRoutes management = new ManagementRoutes(useCases);
        OperationsRoutes operations = new OperationsRoutes(readiness, registry);
        ApiTokens tokens = new ApiTokens(settings.apiTokens());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = WebhookVerifier.HARD_LIMIT_BYTES;
            config.http.generateEtags = false;
            config.requestLogger.http(metrics::request);
            config.routes.before(ManagementRoutes.PREFIX + "/*", tokens::check);
            callbacks.register(config.routes);
            management.register(config.routes);
            operations.register(config.routes);
            config.routes.exception(ProblemException.class, (e, ctx) -> Problems.write(ctx, e));
            config.routes.exception(StorageUnavailableException.class, (e, ctx) -> {
                ctx.header("Retry-After", "5");
                Problems.write(ctx, 503, "database_unavailable",
                        "The database is unreachable; retry later.");
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
