package dev.proctorreviews.http;

/** The routes of one resource, given only the use cases they drive; {@link HttpApi} registers every group. */
interface RouteGroup {
    /** Where the management API lives; its bearer token is checked before any of these routes. */
    String API = "/api/v1";

    void register(GuardedRoutes routes);
}
