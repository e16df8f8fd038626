package dev.proctorreviews.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/** Route registration that puts every handler behind admission control. */
final class GuardedRoutes {
    private final RoutesConfig routes;
    private final Admission admission;

    GuardedRoutes(RoutesConfig routes, Admission admission) {
        this.routes = routes;
        this.admission = admission;
    }

    void get(String path, Handler handler) {
        routes.get(path, admission.guard(handler));
    }

    void post(String path, Handler handler) {
        routes.post(path, admission.guard(handler));
    }

    void put(String path, Handler handler) {
        routes.put(path, admission.guard(handler));
    }

    void patch(String path, Handler handler) {
        routes.patch(path, admission.guard(handler));
    }

    void delete(String path, Handler handler) {
        routes.delete(path, admission.guard(handler));
    }
}
