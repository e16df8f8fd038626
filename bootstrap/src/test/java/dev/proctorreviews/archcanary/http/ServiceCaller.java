package dev.proctorreviews.archcanary.http;

/** Violates: an adapter depends on a workflow's service instead of its use case. */
public class ServiceCaller {
    public dev.proctorreviews.archcanary.application.service.review.WorkflowService service;
}
