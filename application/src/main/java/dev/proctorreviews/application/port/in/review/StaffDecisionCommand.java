package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.StandardStatus;

/** A staff member's verdict on an attempt's review. */
public record StaffDecisionCommand(AttemptCode code, StandardStatus status, String reviewerEmail) {
}
