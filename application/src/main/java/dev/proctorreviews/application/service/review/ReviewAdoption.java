package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.port.in.review.AppliedOutcome;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.service.outcome.EventRecorder;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.event.ReviewReceived;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.Review;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A new review version becomes the attempt's current review: the version is stored, the one it replaces goes to
 * history, the feed announces it and the attempt takes its outcome. A vendor's review and a staff decision end
 * alike, so this is the one place that does it; the caller holds the attempt locked in its transaction.
 */
public final class ReviewAdoption {
    private final Reviews reviews;
    private final ReviewHistory history;
    private final EventRecorder events;
    private final ApplyReviewService applyStep;

    public ReviewAdoption(Reviews reviews, ReviewHistory history, Events events, ApplyReviewService applyStep,
                          Clock clock) {
        this.reviews = reviews;
        this.history = history;
        this.events = new EventRecorder(events, clock);
        this.applyStep = applyStep;
    }

    /** Makes {@code review} current in place of the version {@code replaced} (absent for a first review). */
    AppliedOutcome adopt(Attempt attempt, Exam exam, Review review, Optional<Integer> replaced, Instant now) {
        reviews.saveVersion(review);
        replaced.ifPresent(version -> history.add(attempt.code(), version, HistoryReason.UPDATED, now));
        reviews.makeCurrent(attempt, review.version(), now);
        events.record(new ReviewReceived(exam, attempt, review.status()));
        return applyStep.applyTo(attempt, exam, review);
    }

    /** Keeps a vendor's review that a staff decision outranks: stored, straight into history, never current. */
    void keepSuperseded(Attempt attempt, Review review, Instant now) {
        reviews.saveVersion(review);
        history.add(attempt.code(), review.version(), HistoryReason.SUPERSEDED_BY_STAFF_DECISION, now);
    }
}
