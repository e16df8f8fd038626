package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.credit.CreditStatus;
import java.util.Optional;

/** What applying a review did to its attempt (an archived attempt keeps its status: before = after). */
public record AppliedOutcome(AttemptStatus before, AttemptStatus after, Optional<CreditStatus> credit) {
}
