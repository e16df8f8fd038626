package dev.proctorreviews.application.port.in;

/** Drops webhook ids older than the replay window; returns how many were dropped. */
public interface ForgetOldWebhooksUseCase {
    int forgetExpired();
}
