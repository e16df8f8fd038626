package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;
import java.util.Optional;

/**
 * What a new vendor review has to know of the attempt's current review to decide what it does
 * ({@link UpdateDecision}): which version it is, its status, where it came from and the digest of its body.
 * Storage can read this much without the comments, payload and video link of the full {@link Review}.
 */
public record ReviewHead(int version, ReviewStatus status, ReviewSource source, Optional<String> payloadSha256) {
    public ReviewHead {
        Require.present(status, "review_status");
        Require.present(source, "vendor");
        Require.present(payloadSha256, "payload_sha256");
    }

    /** A decision recorded by staff: final for later vendor reviews. */
    public boolean isStaffDecision() {
        return source == ReviewSource.STAFF;
    }

    /** Whether {@code sha256} is the digest of the body that produced this version. */
    public boolean cameFromBody(String sha256) {
        return payloadSha256.filter(own -> own.equals(sha256)).isPresent();
    }
}
