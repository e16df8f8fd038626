package dev.proctorreviews.archcanary.openedx.eventbus;

import dev.proctorreviews.archcanary.application.service.HiddenService;

/** Violates: an outbound adapter reaches a service instead of being given a port. */
public class PublisherCallingAService {
    public HiddenService service;
}
