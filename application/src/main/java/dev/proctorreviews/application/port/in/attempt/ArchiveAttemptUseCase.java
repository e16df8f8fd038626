package dev.proctorreviews.application.port.in.attempt;

import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.user.UserId;
import java.util.Optional;

/**
 * Archive an attempt: it stays findable for late reviews but never changes again, and its review is marked
 * inactive (bookkeeping only: no workflow, no history, no feed event). The user who asked for it (the staff
 * member or learner who reset the attempt) is kept, and the learning platform is told of the reset. Idempotent:
 * archiving an archived attempt changes nothing.
 */
public interface ArchiveAttemptUseCase {
    /** @param requestingUser who asked for the archive; when named, it must be a known user */
    ArchiveResult archive(AttemptId id, Optional<UserId> requestingUser);
}
