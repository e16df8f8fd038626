/**
 * The HTTP adapter: the Javalin app built by {@link dev.proctorreviews.http.HttpApi}, signed vendor callbacks,
 * the management API, problem+json errors, OpenAPI and metrics. Only the factory and its parameter types are
 * public; bootstrap needs nothing else.
 */
package dev.proctorreviews.http;
