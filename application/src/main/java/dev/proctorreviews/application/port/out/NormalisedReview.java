package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.util.List;
import java.util.Optional;

/**
 * A vendor review in the core's terms, whatever the vendor's format.
 *
 * @param redactedRawData the payload as a JSON object, without photo, exam password and video link
 * @param videoUrl        the video link, handed over separately so that it never reaches raw data
 */
public record NormalisedReview(VendorAttemptKey attemptKey, ReviewStatus status, List<ReviewComment> comments,
                               Optional<ReviewerReference> reviewer, String redactedRawData,
                               Optional<String> videoUrl) {
    public NormalisedReview {
        comments = List.copyOf(comments);
    }
}
