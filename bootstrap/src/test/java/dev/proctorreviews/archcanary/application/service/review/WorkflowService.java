package dev.proctorreviews.archcanary.application.service.review;

/** A service in a workflow package: the rule on adapters covers the workflow packages too. */
public class WorkflowService {
}
