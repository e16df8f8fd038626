package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.Require;
import java.util.Optional;

/**
 * What the service keeps of the body that carried a vendor's review: never the photo, exam password or video
 * link in clear.
 *
 * @param redactedJson   the body as JSON text, stripped of photo, password and video link
 * @param sha256         hex SHA-256 of the exact body; a later body with the same digest is a duplicate
 * @param sealedVideoUrl the vendor's video link, only ever kept sealed
 */
public record KeptPayload(String redactedJson, String sha256, Optional<String> sealedVideoUrl) {
    public KeptPayload {
        Require.present(redactedJson, "raw_data");
        Require.present(sha256, "payload_sha256");
        Require.present(sealedVideoUrl, "encrypted_video_url");
    }
}
