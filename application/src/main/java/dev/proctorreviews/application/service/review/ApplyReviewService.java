package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.LogText;
import dev.proctorreviews.application.port.in.review.AppliedOutcome;
import dev.proctorreviews.application.port.in.review.ApplyReviewToAttemptUseCase;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.CreditRequirements;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.service.outcome.EventRecorder;
import dev.proctorreviews.application.service.outcome.LifecycleRecorder;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.event.AttemptStatusChanged;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.AttemptOutcome;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step "apply a saved review to its attempt": decide the outcome, move the attempt, record the credit and
 * announce the status change (on the feed, and to the learning platform when it acts on the new status). Receiving a review and recording a staff decision both end with it.
 */
public final class ApplyReviewService implements ApplyReviewToAttemptUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyReviewService.class);

    private final Transactions transactions;
    private final Attempts attempts;
    private final Reviews reviews;
    private final Exams exams;
    private final CreditRequirements credit;
    private final ReviewPolicy policy;
    private final EventRecorder events;
    private final LifecycleRecorder lifecycle;
    private final Clock clock;

    public ApplyReviewService(Transactions transactions, Attempts attempts, Reviews reviews, Exams exams,
                              CreditRequirements credit, Events events, LifecycleRecorder lifecycle,
                              ReviewPolicy policy, Clock clock) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.reviews = reviews;
        this.exams = exams;
        this.credit = credit;
        this.policy = policy;
        this.events = new EventRecorder(events, clock);
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public Optional<AppliedOutcome> apply(AttemptCode code) {
        return transactions.inTransaction(() -> {
            Optional<Attempt> attempt = attempts.findLocked(new AttemptLookup.ByCode(code));
            if (attempt.isEmpty()) {
                LOG.info("No attempt with attempt_code={}; nothing to apply", LogText.safe(code.value()));
                return Optional.empty();
            }
            Optional<CurrentReview> review = reviews.current(code);
            if (review.isEmpty()) {
                LOG.info("Attempt attempt_code={} has no review; nothing to apply", LogText.safe(code.value()));
                return Optional.empty();
            }
            Exam exam = ExamOf.attempt(exams, attempt.get());
            return Optional.of(applyTo(attempt.get(), exam, review.get().review()));
        });
    }

    /** Applies {@code review} to a locked attempt; the caller owns the transaction. */
    AppliedOutcome applyTo(Attempt attempt, Exam exam, Review review) {
        if (attempt.isArchived()) {
            return new AppliedOutcome(attempt.status(), attempt.status(), Optional.empty());
        }
        AttemptStatus target = AttemptOutcome.decide(review.status(), exam, review.reviewer().isPresent(), policy);
        Instant now = clock.instant();
        if (target != attempt.status()) {
            attempts.update(attempt.withStatus(target, now));
            events.record(new AttemptStatusChanged(attempt.id(), attempt.status(), target));
            lifecycle.statusChanged(attempt, exam, target);
        }
        Optional<CreditStatus> status = CreditStatus.forOutcome(target);
        status.ifPresent(s -> credit.record(CreditRequirement.forExam(attempt.userId(), exam, s), now));
        return new AppliedOutcome(attempt.status(), target, status);
    }
}
