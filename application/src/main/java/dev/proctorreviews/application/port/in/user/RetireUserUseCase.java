package dev.proctorreviews.application.port.in.user;

import dev.proctorreviews.domain.user.UserId;
import java.util.OptionalInt;

/**
 * Retire a learner's personal data from their reviews (raw data, comment texts, video link) without re-running
 * any workflow, writing history or emitting events. Idempotent. Empty when the user is unknown; else how many
 * review versions were blanked.
 */
public interface RetireUserUseCase {
    OptionalInt retire(UserId user);
}
