package dev.proctorreviews.http;

/** Whether the service can do its work now (its database answers); {@code /health/ready} reports it. */
@FunctionalInterface
public interface Readiness {
    boolean isReady();
}
