package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.Refusal;
import java.util.List;

/** Every way receiving a vendor review can end; the HTTP adapter maps each to one status code. */
public sealed interface ReceiveReviewResult {
    /** Stored and applied to the attempt. */
    record Applied(ReviewSummary summary) implements ReceiveReviewResult {
    }

    /** The webhook id was already answered 2xx (a vendor retry): answered with the current state, unread. */
    record Replayed(ReviewSummary summary) implements ReceiveReviewResult {
    }

    /** The identical body was already applied: nothing changed. */
    record Duplicate(ReviewSummary summary) implements ReceiveReviewResult {
    }

    /** A staff decision is final: the vendor review went to history only. */
    record SupersededByStaffDecision(ReviewSummary summary) implements ReceiveReviewResult {
    }

    record MalformedPayload(List<FieldError> errors) implements ReceiveReviewResult {
        public MalformedPayload {
            errors = List.copyOf(errors);
        }
    }

    record BadReviewStatus(String detail) implements ReceiveReviewResult, Refusal {
    }

    record AttemptNotFound(String detail) implements ReceiveReviewResult, Refusal {
    }

    record ExternalIdMismatch(String detail) implements ReceiveReviewResult, Refusal {
    }

    record ExamNotProctored(String detail) implements ReceiveReviewResult, Refusal {
    }

    record ReviewAlreadyExists(String detail) implements ReceiveReviewResult, Refusal {
    }
}
