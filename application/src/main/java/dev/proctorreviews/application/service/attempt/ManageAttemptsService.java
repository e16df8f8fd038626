package dev.proctorreviews.application.service.attempt;

import dev.proctorreviews.application.port.in.attempt.ArchiveResult;
import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.attempt.AttemptUseCases;
import dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.application.service.outcome.EventRecorder;
import dev.proctorreviews.application.service.outcome.LifecycleRecorder;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.event.AttemptStatusChanged;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The attempt's life outside reviews: registration, progress reported by the LMS, archiving. */
public final class ManageAttemptsService
        implements AttemptUseCases {
    private final Transactions transactions;
    private final Exams exams;
    private final Users users;
    private final Attempts attempts;
    private final Reviews reviews;
    private final EventRecorder events;
    private final LifecycleRecorder lifecycle;
    private final Clock clock;

    public ManageAttemptsService(Transactions transactions, Exams exams, Users users, Attempts attempts,
                                 Reviews reviews, Events events, LifecycleRecorder lifecycle, Clock clock) {
        this.transactions = transactions;
        this.exams = exams;
        this.users = users;
        this.attempts = attempts;
        this.reviews = reviews;
        this.events = new EventRecorder(events, clock);
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public AttemptResult register(RegisterAttemptCommand command) {
        return transactions.inTransaction(() -> {
            Optional<Exam> exam = exams.byId(command.examId());
            if (exam.isEmpty()) {
                return new AttemptResult.NotFound(AttemptResult.Missing.EXAM, "Could not locate exam with id=" + command.examId().value());
            }
            if (users.byId(command.userId()).isEmpty()) {
                return new AttemptResult.NotFound(AttemptResult.Missing.USER, "Could not locate user with id=" + command.userId().value());
            }
            ExternalId externalId = command.externalId().orElseGet(ExternalId::generate);
            if (!attempts.claimExternalId(exam.get().backend(), externalId)) {
                return new AttemptResult.ExternalIdTaken("External id " + externalId.value()
                        + " is already used by an attempt at a " + exam.get().backend().wireName() + " exam.");
            }
            Attempt attempt = attempts.add(new NewAttempt(command.examId(), command.userId(),
                    AttemptCode.generate(), externalId,
                    command.takingAsProctored(), AttemptStatus.CREATED, clock.instant()));
            return new AttemptResult.Saved(attempt);
        });
    }

    @Override
    public Optional<Attempt> find(AttemptLookup lookup) {
        return transactions.inTransaction(() -> attempts.find(lookup));
    }

    @Override
    public AttemptResult change(AttemptId id, AttemptStatus target) {
        return transactions.inTransaction(() -> {
            AttemptLookup lookup = new AttemptLookup.ById(id);
            Optional<Attempt> found = attempts.findLocked(lookup);
            if (found.isEmpty()) {
                return new AttemptResult.NotFound(AttemptResult.Missing.ATTEMPT, lookup.notFoundDetail());
            }
            Attempt attempt = found.get();
            if (attempt.isArchived()) {
                return new AttemptResult.Archived("Attempt " + id.value() + " is archived and cannot change.");
            }
            if (!attempt.status().canMoveTo(target)) {
                return new AttemptResult.IllegalTransition("Attempt " + id.value() + " is "
                        + attempt.status().wireName() + ", a completed status; it cannot become "
                        + target.wireName() + ".");
            }
            if (attempt.status() == target) {
                return new AttemptResult.Saved(attempt);
            }
            Attempt changed = attempt.withStatus(target, clock.instant());
            attempts.update(changed);
            events.record(new AttemptStatusChanged(id, attempt.status(), target));
            lifecycle.statusChanged(attempt, target);
            return new AttemptResult.Saved(changed);
        });
    }

    @Override
    public ArchiveResult archive(AttemptId id, Optional<UserId> requestingUserId) {
        return transactions.inTransaction(() -> {
            AttemptLookup lookup = new AttemptLookup.ById(id);
            Optional<Attempt> found = attempts.findLocked(lookup);
            if (found.isEmpty()) {
                return new ArchiveResult.NotFound(AttemptResult.Missing.ATTEMPT, lookup.notFoundDetail());
            }
            Optional<User> requestingUser = requestingUserId.flatMap(users::byId);
            if (requestingUserId.isPresent() && requestingUser.isEmpty()) {
                return new ArchiveResult.NotFound(AttemptResult.Missing.USER,
                        "Could not locate user with id=" + requestingUserId.get().value());
            }
            Attempt attempt = found.get();
            if (!attempt.isArchived()) {
                Instant now = clock.instant();
                attempts.update(attempt.archived(now, requestingUserId));
                reviews.markAttemptInactive(attempt.code());
                lifecycle.archived(attempt, requestingUser);
            }
            return new ArchiveResult.Archived();
        });
    }
}
