/**
 * The event feed, written (by the review and attempt workflows, through {@link
 * dev.proctorreviews.application.service.outcome.EventRecorder}) and read, with the credit requirements and
 * notifications the workflows leave behind; and the lifecycle events the learning platform's event bus is told of
 * (captured by {@link dev.proctorreviews.application.service.outcome.LifecycleRecorder}).
 */
package dev.proctorreviews.application.service.outcome;
