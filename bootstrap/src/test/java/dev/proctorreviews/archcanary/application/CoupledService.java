package dev.proctorreviews.archcanary.application;

/** Violates: the application depends on Javalin. */
public class CoupledService {
    public io.javalin.http.Context context;
}
