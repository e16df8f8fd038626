package dev.proctorreviews.archcanary.http;

/** Violates: an adapter depends on a service instead of its use case. */
public class ServiceCaller {
    public dev.proctorreviews.archcanary.application.service.HiddenService service;
}
