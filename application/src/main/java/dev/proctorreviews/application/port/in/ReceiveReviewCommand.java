package dev.proctorreviews.application.port.in;

import dev.proctorreviews.domain.review.ReviewSource;
import java.util.Optional;

/**
 * An authentic vendor delivery.
 *
 * @param body                the exact body bytes (their digest identifies duplicates)
 * @param externalIdFromRoute the attempt's external id when the route carries it (PSI)
 * @param webhookId           the Standard Webhooks id, remembered when the delivery is answered 2xx
 */
public record ReceiveReviewCommand(ReviewSource vendor, byte[] body, Optional<String> externalIdFromRoute,
                                   Optional<String> webhookId) {
}
