package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.attempt.AttemptCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of the review of an attempt: what a vendor (or staff) said, with its comments. Versions are
 * immutable; replacing a review creates a new version and sends the old one to history.
 *
 * @param rawData           the vendor payload as JSON text, already stripped of photo, password and video link
 * @param payloadSha256     hex SHA-256 of the exact body that produced this version (absent for staff
 *                          decisions); identical bodies are duplicates
 * @param encryptedVideoUrl the vendor's video link, only ever kept encrypted
 */
public record Review(AttemptCode attemptCode, int version, ReviewStatus status, ReviewSource source,
                     Optional<Reviewer> reviewer, String rawData, Optional<String> payloadSha256,
                     Optional<String> encryptedVideoUrl, List<ReviewComment> comments, Instant receivedAt) {
    public Review {
        Require.present(attemptCode, "attempt_code");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
        Require.present(status, "review_status");
        Require.present(source, "vendor");
        Require.present(reviewer, "reviewer");
        Require.present(rawData, "raw_data");
        Require.present(payloadSha256, "payload_sha256");
        Require.present(encryptedVideoUrl, "encrypted_video_url");
        comments = List.copyOf(Require.present(comments, "comments"));
        Require.present(receivedAt, "received_at");
    }

    /**
     * A vendor's review, with what is kept of the body that carried it (so that the same body again is a
     * duplicate).
     */
    public static Review fromVendor(AttemptCode attemptCode, int version, ReviewSource vendor, ReviewStatus status,
                                    Optional<Reviewer> reviewer, List<ReviewComment> comments, KeptPayload payload,
                                    Instant receivedAt) {
        if (vendor == ReviewSource.STAFF) {
            throw new IllegalArgumentException("a staff decision is not a vendor review");
        }
        return new Review(attemptCode, version, status, vendor, reviewer, payload.redactedJson(),
                Optional.of(payload.sha256()), payload.sealedVideoUrl(), comments, receivedAt);
    }

    /** A staff member's decision: no payload, no comments, no video; final for later vendor reviews. */
    public static Review staffDecision(AttemptCode attemptCode, int version, ReviewStatus status, Reviewer reviewer,
                                       Instant decidedAt) {
        return new Review(attemptCode, version, status, ReviewSource.STAFF, Optional.of(reviewer), "{}",
                Optional.empty(), Optional.empty(), List.of(), decidedAt);
    }

    /** What the update decision needs of this version (a staff decision is final for later vendor reviews). */
    public ReviewHead head() {
        return new ReviewHead(version, status, source, payloadSha256);
    }

    /** The same version with the given comments: storage reads a version and its comments separately. */
    public Review withComments(List<ReviewComment> newComments) {
        return new Review(attemptCode, version, status, source, reviewer, rawData, payloadSha256, encryptedVideoUrl,
                newComments, receivedAt);
    }
}
