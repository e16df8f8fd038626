package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.AttemptUseCases;
import dev.proctorreviews.application.port.in.AttemptResult;
import dev.proctorreviews.application.port.in.RegisterAttemptCommand;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.event.AttemptStatusChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The attempt's life outside reviews: registration, progress reported by the LMS, archiving. */
public final class ManageAttemptsService
        implements AttemptUseCases {
    private final Stores stores;
    private final EventRecorder events;
    private final Clock clock;

    public ManageAttemptsService(Stores stores, Clock clock) {
        this.stores = stores;
        this.events = new EventRecorder(stores.events(), clock);
        this.clock = clock;
    }

    @Override
    public AttemptResult register(RegisterAttemptCommand command) {
        return stores.transactions().inTransaction(() -> {
            if (stores.exams().byId(command.examId()).isEmpty()) {
                return new AttemptResult.NotFound(AttemptResult.Missing.EXAM, "Could not locate exam with id=" + command.examId().value());
            }
            if (stores.users().byId(command.userId()).isEmpty()) {
                return new AttemptResult.NotFound(AttemptResult.Missing.USER, "Could not locate user with id=" + command.userId().value());
            }
            Attempt attempt = stores.attempts().add(new NewAttempt(command.examId(), command.userId(),
                    AttemptCode.generate(), command.externalId().orElseGet(ExternalId::generate),
                    command.takingAsProctored(), AttemptStatus.CREATED, clock.instant()));
            return new AttemptResult.Saved(attempt);
        });
    }

    @Override
    public Optional<Attempt> find(AttemptLookup lookup) {
        return stores.transactions().inTransaction(() -> stores.attempts().find(lookup, false));
    }

    @Override
    public AttemptResult change(AttemptId id, AttemptStatus target) {
        return stores.transactions().inTransaction(() -> {
            AttemptLookup lookup = new AttemptLookup.ById(id);
            Optional<Attempt> found = stores.attempts().find(lookup, true);
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
            stores.attempts().update(changed);
            events.record(new AttemptStatusChanged(id, attempt.status(), target));
            return new AttemptResult.Saved(changed);
        });
    }

    @Override
    public boolean archive(AttemptId id) {
        return stores.transactions().inTransaction(() -> {
            Optional<Attempt> found = stores.attempts().find(new AttemptLookup.ById(id), true);
            if (found.isEmpty()) {
                return false;
            }
            Attempt attempt = found.get();
            if (!attempt.isArchived()) {
                Instant now = clock.instant();
                stores.attempts().update(attempt.archived(now));
                stores.reviews().markAttemptInactive(attempt.code());
            }
            return true;
        });
    }
}
