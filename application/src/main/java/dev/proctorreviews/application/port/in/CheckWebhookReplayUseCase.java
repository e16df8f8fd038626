package dev.proctorreviews.application.port.in;

import dev.proctorreviews.domain.review.ReviewSource;
import java.util.Optional;

/**
 * Whether a webhook id was already answered 2xx for this vendor in the last 24 hours; if so, the current
 * state of the attempt it was about, to answer the replay with.
 */
public interface CheckWebhookReplayUseCase {
    Optional<ReviewSummary> replayOf(ReviewSource vendor, String webhookId);
}
