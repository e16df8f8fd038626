package dev.proctorreviews.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * What a person who opens the service in a browser sees: at {@code /} what is running and where to go next,
 * at {@code /docs} an API explorer (Swagger UI from its webjar, inside the jar, so it needs no network) over the
 * service's own {@code /openapi.json}. These are pages, not API: the OpenAPI document does not list them.
 */
final class LandingRoutes {
    /** The routes this class serves, as {@link HttpApi#routes()} names them. */
    static final Set<String> PAGES = Set.of("GET /", "GET /docs", "GET /docs/{asset}");

    private static final String OWN = "/dev/proctorreviews/http/docs/";
    /** The files of the explorer, by name: only these are served, nothing else of the class path. */
    private static final Map<String, String> ASSETS = Map.of(
            "explorer.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png");

    private final String webjar = "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    private final String landing = landingPage();
    private final byte[] explorer = read(OWN + "docs.html");

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.html(landing));
        routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(explorer));
        routes.get("/docs/{asset}", this::asset);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new ProblemException(ProblemCode.NOT_FOUND, "No resource at GET " + ctx.path());
        }
        String resource = name.equals("explorer.js") ? OWN + name : webjar + name;
        ctx.header("Cache-Control", "public, max-age=86400").contentType(type).result(read(resource));
    }

    private static String landingPage() {
        String version = BuildInfo.version();
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Proctor Reviews %s</title></head>
                <body style="font-family: sans-serif; max-width: 44em; margin: 2em auto; line-height: 1.5">
                <h1>Proctor Reviews <small>%s</small></h1>
                <p>Receives the verdicts of online-exam proctoring vendors (SoftwareSecure/RPNow, PSI), keeps every
                review version and decides the exam attempt's outcome.</p>
                <ul>
                <li><a href="/docs">API explorer</a> (Swagger UI)</li>
                <li><a href="/openapi.json">OpenAPI 3.1 document</a></li>
                <li><a href="/health/live">Liveness</a> and <a href="/health/ready">readiness</a></li>
                <li><a href="/metrics">Prometheus metrics</a></li>
                </ul>
                <p>The management API under <code>/api/v1</code> needs <code>Authorization: Bearer &lt;token&gt;</code>;
                vendor callbacks under <code>/callbacks</code> are signed (Standard Webhooks).</p>
                </body>
                </html>
                """.formatted(version, version);
    }

    private static String swaggerUiVersion() {
        return BuildInfo.properties("/META-INF/maven/org.webjars/swagger-ui/pom.properties").getProperty("version");
    }

    private static byte[] read(String resource) {
        return OperationsRoutes.load(resource);
    }
}
