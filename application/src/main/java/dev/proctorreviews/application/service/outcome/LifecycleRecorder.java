package dev.proctorreviews.application.service.outcome;

import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.ExamKind;
import dev.proctorreviews.application.port.out.lifecycle.LearnerSnapshot;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleCounters;
import dev.proctorreviews.application.port.out.outbox.Outbox;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.User;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures the attempt changes the learning platform acts on (credit, grades, certificates) into the outbox, inside
 * the transaction of the change, so that an event exists exactly when its change committed: a move to
 * {@code submitted} (naming the learner as the requesting user), to {@code verified}, {@code rejected} or
 * {@code error} (naming nobody), and an archive that names who asked for it (a reset). Nothing is captured for other
 * statuses or an unchanged one. Without a bus, nothing is read or written.
 *
 * <p>Everything the event carries is copied now and its id fixed now, so that a later publication (or a repeat)
 * says what was true when the change committed even if the user or exam is edited meanwhile.
 */
public final class LifecycleRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleRecorder.class);

    private final Optional<LifecycleBus> bus;
    private final Outbox outbox;
    private final Users users;
    private final Exams exams;
    private final Clock clock;

    public LifecycleRecorder(Optional<LifecycleBus> bus, Outbox outbox, Users users, Exams exams, Clock clock) {
        this.bus = bus;
        this.outbox = outbox;
        this.users = users;
        this.exams = exams;
        this.clock = clock;
    }

    /** The attempt (as it was before) moved to {@code target}; the caller holds the attempt's lock. */
    public void statusChanged(Attempt before, AttemptStatus target) {
        if (bus.isPresent() && announced(target).isPresent()) {
            statusChanged(before, examOf(before), target);
        }
    }

    /** As {@link #statusChanged(Attempt, AttemptStatus)}, with the attempt's exam already at hand. */
    public void statusChanged(Attempt before, Exam exam, AttemptStatus target) {
        if (bus.isEmpty() || before.status() == target) {
            return;
        }
        announced(target).ifPresent(change -> {
            LearnerSnapshot learner = learnerOf(before);
            keep(change, learner, exam, change.namesRequestingUser() ? Optional.of(learner) : Optional.empty());
        });
    }

    /**
     * A live attempt was archived at the request of {@code requestingUser}: the platform resets the learner's
     * progress. Without a requesting user the platform's reset handler cannot act, so nothing is captured; that
     * is logged and counted.
     */
    public void archived(Attempt attempt, Optional<User> requestingUser) {
        if (bus.isEmpty()) {
            return;
        }
        if (requestingUser.isEmpty()) {
            LOG.warn("Attempt id={} was archived without requesting_user_id; the learning platform is not told"
                    + " (its reset event must name who reset the attempt)", attempt.id().value());
            bus.get().counters().skipped(LifecycleCounters.SkipReason.NO_REQUESTING_USER);
            return;
        }
        keep(LifecycleChange.RESET, learnerOf(attempt), examOf(attempt),
                requestingUser.map(LifecycleRecorder::snapshot));
    }

    private void keep(LifecycleChange change, LearnerSnapshot learner, Exam exam,
                      Optional<LearnerSnapshot> requesting) {
        CapturedLifecycleEvent event = new CapturedLifecycleEvent(UUID.randomUUID(), change, learner,
                exam.courseId().value(), exam.details().contentId(),
                ExamKind.of(exam.isPracticeExam(), exam.isProctored()), requesting);
        outbox.append(SinkName.OPENEDX, bus.orElseThrow().payloads().write(event), clock.instant());
    }

    private static Optional<LifecycleChange> announced(AttemptStatus target) {
        return switch (target) {
            case SUBMITTED -> Optional.of(LifecycleChange.SUBMITTED);
            case VERIFIED -> Optional.of(LifecycleChange.VERIFIED);
            case REJECTED -> Optional.of(LifecycleChange.REJECTED);
            case ERROR -> Optional.of(LifecycleChange.ERRORED);
            default -> Optional.empty();
        };
    }

    private LearnerSnapshot learnerOf(Attempt attempt) {
        return snapshot(users.byId(attempt.userId()).orElseThrow(() -> new IllegalStateException(
                "attempt " + attempt.id().value() + " refers to missing user " + attempt.userId().value())));
    }

    private Exam examOf(Attempt attempt) {
        return exams.byId(attempt.examId()).orElseThrow(() -> new IllegalStateException(
                "attempt " + attempt.id().value() + " refers to missing exam " + attempt.examId().value()));
    }

    private static LearnerSnapshot snapshot(User user) {
        return new LearnerSnapshot(user.id().value(), user.active(), user.username(), user.email(),
                user.name().orElse(""));
    }
}
