package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.port.in.review.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.review.StaffDecisionCommand;
import dev.proctorreviews.application.port.in.review.StaffDecisionResult;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.application.service.outcome.EventRecorder;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.event.ReviewReceived;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.Reviewer;
import dev.proctorreviews.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a staff member's decision. It replaces the current review whatever the update policy says, and
 * later vendor reviews can no longer override it. Only global staff or staff of the exam's course may decide.
 */
public final class RecordStaffDecisionService implements RecordStaffDecisionUseCase {
    private final Transactions transactions;
    private final Attempts attempts;
    private final Exams exams;
    private final Users users;
    private final Reviews reviews;
    private final ReviewHistory history;
    private final ApplyReviewService applyStep;
    private final EventRecorder events;
    private final Clock clock;

    public RecordStaffDecisionService(Transactions transactions, Attempts attempts, Exams exams, Users users,
                                      Reviews reviews, ReviewHistory history, Events events,
                                      ApplyReviewService applyStep, Clock clock) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.exams = exams;
        this.users = users;
        this.reviews = reviews;
        this.history = history;
        this.applyStep = applyStep;
        this.events = new EventRecorder(events, clock);
        this.clock = clock;
    }

    @Override
    public StaffDecisionResult decide(StaffDecisionCommand command) {
        return transactions.inTransaction(() -> {
            Optional<Attempt> attempt = attempts.findLocked(new AttemptLookup.ByCode(command.code()));
            Optional<CurrentReview> current = attempt.flatMap(a -> reviews.current(a.code()));
            if (attempt.isEmpty() || current.isEmpty()) {
                return new StaffDecisionResult.ReviewNotFound(
                        "There is no review for attempt_code=" + command.code().value());
            }
            Exam exam = ExamOf.attempt(exams, attempt.get());
            Optional<User> reviewer = users.byEmail(command.reviewerEmail())
                    .filter(user -> user.isStaffOf(exam.courseId()));
            if (reviewer.isEmpty()) {
                return new StaffDecisionResult.ReviewerNotAllowed("reviewer_email does not name global staff or"
                        + " staff of course " + exam.courseId().value());
            }
            return new StaffDecisionResult.Decided(record(attempt.get(), exam, current.get(), reviewer.get(),
                    command.status().toStored()));
        });
    }

    private CurrentReview record(Attempt attempt, Exam exam, CurrentReview current, User reviewer,
                                 ReviewStatus status) {
        Instant now = clock.instant();
        Review decision = Review.staffDecision(attempt.code(), reviews.nextVersion(attempt.code()), status,
                new Reviewer(reviewer.id(), reviewer.username()), now);
        reviews.saveVersion(decision);
        history.add(attempt.code(), current.review().version(), HistoryReason.UPDATED, now);
        reviews.makeCurrent(attempt, decision.version(), now);
        events.record(new ReviewReceived(exam, attempt, status));
        applyStep.applyTo(attempt, exam, decision);
        return new CurrentReview(decision, !attempt.isArchived(), current.createdAt(), now);
    }
}
