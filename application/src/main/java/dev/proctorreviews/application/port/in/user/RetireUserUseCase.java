package dev.proctorreviews.application.port.in.user;

import dev.proctorreviews.domain.user.UserId;
import java.util.Optional;

/**
 * Retire a learner: forget their personal data everywhere it is kept (reviews and their history, comments,
 * video links, parked deliveries, support notifications) and replace the user record by its stable placeholder
 * ({@link dev.proctorreviews.domain.user.User#retired()}), which keeps every row linked. It is bookkeeping: no
 * workflow runs, no history is written, no event is announced. Idempotent. Empty when the user is unknown.
 */
public interface RetireUserUseCase {
    Optional<Retirement> retire(UserId user);
}
