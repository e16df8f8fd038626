package dev.proctorreviews.http;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Health, metrics and the published contract: what operators and their tooling read. */
final class OperationsRoutes {
    private final Readiness readiness;
    private final PrometheusMeterRegistry registry;
    private final byte[] openApi;

    OperationsRoutes(Readiness readiness, PrometheusMeterRegistry registry) {
        this.readiness = readiness;
        this.registry = registry;
        this.openApi = openApiAsJson("/openapi.yaml");
    }

    void register(RoutesConfig routes) {
        routes.get("/health/live", ctx -> Json.write(ctx, Map.of("status", "up")));
        routes.get("/health/ready", this::ready);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void ready(Context ctx) {
        if (readiness.isReady()) {
            Json.write(ctx, Map.of("status", "ready"));
        } else {
            ctx.header("Retry-After", "5");
            Problems.write(ctx, ProblemCode.DATABASE_UNAVAILABLE, "The database does not answer.");
        }
    }

    /** The hand-kept YAML document, served as the JSON that OpenAPI tooling expects at this address. */
    private static byte[] openApiAsJson(String resource) {
        try {
            return Json.MAPPER.writeValueAsBytes(new YAMLMapper().readTree(load(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of the jar, which must be there. */
    static byte[] load(String resource) {
        try (InputStream in = OperationsRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
