package dev.proctorreviews.application.port.in.review;

import dev.proctorreviews.domain.review.ReviewSource;
import java.util.Optional;

/**
 * An authentic vendor delivery.
 *
 * @param body                the exact body bytes (their digest identifies duplicates)
 * @param externalIdFromRoute the attempt's external id when the route carries it (PSI)
 * @param webhookId           the Standard Webhooks id, remembered when the delivery is answered 2xx
 * @param replayedSha256      for the replay of a parked delivery: the digest of the body as the vendor sent it,
 *                            so that duplicates are recognised against the original
 */
public record ReceiveReviewCommand(ReviewSource vendor, byte[] body, Optional<String> externalIdFromRoute,
                                   Optional<String> webhookId, Optional<String> replayedSha256) {

    /** A delivery as it arrives from a vendor. */
    public static ReceiveReviewCommand delivered(ReviewSource vendor, byte[] body,
                                                 Optional<String> externalIdFromRoute, Optional<String> webhookId) {
        return new ReceiveReviewCommand(vendor, body, externalIdFromRoute, webhookId, Optional.empty());
    }
}
