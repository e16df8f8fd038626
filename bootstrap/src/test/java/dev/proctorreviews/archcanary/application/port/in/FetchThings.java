package dev.proctorreviews.archcanary.application.port.in;

/** Violates: an inbound port whose name does not end in UseCase. */
public interface FetchThings {
    void fetch();
}
