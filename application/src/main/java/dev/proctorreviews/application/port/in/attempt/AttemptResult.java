package dev.proctorreviews.application.port.in.attempt;

import dev.proctorreviews.application.port.Refusal;
import dev.proctorreviews.domain.attempt.Attempt;

/** How registering an attempt or changing its status ended. */
public sealed interface AttemptResult {
    record Saved(Attempt attempt) implements AttemptResult {
    }

    /** @param missing what was missing: the attempt itself, or the exam or user a new attempt names */
    record NotFound(Missing missing, String detail) implements AttemptResult {
    }

    /** What an attempt command can find missing. */
    enum Missing { ATTEMPT, EXAM, USER }

    /** The external id is already another attempt's at an exam of the same backend (live or archived). */
    record ExternalIdTaken(String detail) implements AttemptResult, Refusal {
    }

    record Archived(String detail) implements AttemptResult, Refusal {
    }

    record IllegalTransition(String detail) implements AttemptResult, Refusal {
    }
}
