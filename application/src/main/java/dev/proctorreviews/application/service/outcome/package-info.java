/**
 * The event feed, written (by the review and attempt workflows, through {@link
 * dev.proctorreviews.application.service.outcome.EventRecorder}) and read, with the credit requirements and
 * notifications the workflows leave behind.
 */
package dev.proctorreviews.application.service.outcome;
