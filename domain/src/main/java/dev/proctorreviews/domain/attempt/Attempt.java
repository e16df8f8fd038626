package dev.proctorreviews.domain.attempt;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * One learner's sitting of an exam. An archived attempt (deleted by staff) is still found by its code or
 * external id, because vendors send late reviews for it, but it never changes again.
 *
 * @param archivedBy the user who asked for the archive (the staff member or learner who reset the attempt),
 *                   when the LMS named one
 */
public record Attempt(AttemptId id, ExamId examId, UserId userId, AttemptCode code, ExternalId externalId,
                      boolean takingAsProctored, AttemptStatus status, Optional<Instant> archivedAt,
                      Optional<UserId> archivedBy, Instant createdAt, Instant updatedAt) {
    public Attempt {
        Require.present(id, "id");
        Require.present(examId, "exam_id");
        Require.present(userId, "user_id");
        Require.present(code, "attempt_code");
        Require.present(externalId, "external_id");
        Require.present(status, "status");
        Require.present(archivedAt, "archived_at");
        Require.present(archivedBy, "archived_by");
        if (archivedBy.isPresent() && archivedAt.isEmpty()) {
            throw new IllegalArgumentException("archived_by needs archived_at");
        }
        Require.present(createdAt, "created_at");
        Require.present(updatedAt, "updated_at");
    }

    public boolean isArchived() {
        return archivedAt.isPresent();
    }

    /**
     * The attempt in a new status.
     *
     * @throws IllegalStateException when the attempt is archived or the status machine forbids the move;
     *                               callers check {@link #isArchived()} and {@link AttemptStatus#canMoveTo}
     *                               first and answer with a result value
     */
    public Attempt withStatus(AttemptStatus target, Instant now) {
        if (isArchived()) {
            throw new IllegalStateException("attempt " + id.value() + " is archived");
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("illegal transition " + status + " -> " + target);
        }
        return new Attempt(id, examId, userId, code, externalId, takingAsProctored, target, archivedAt,
                archivedBy, createdAt, now);
    }

    /** The attempt archived at {@code now} at the request of {@code by}; archiving twice keeps the first. */
    public Attempt archived(Instant now, Optional<UserId> by) {
        if (isArchived()) {
            return this;
        }
        return new Attempt(id, examId, userId, code, externalId, takingAsProctored, status, Optional.of(now),
                by, createdAt, now);
    }
}
