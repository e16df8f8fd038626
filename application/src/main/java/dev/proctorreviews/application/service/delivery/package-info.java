/**
 * Parked deliveries (kept, redacted, until they can be replayed through the review workflow) and forgetting
 * webhook ids once their replay window has passed.
 */
package dev.proctorreviews.application.service.delivery;
