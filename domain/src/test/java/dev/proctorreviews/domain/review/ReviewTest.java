package dev.proctorreviews.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proctorreviews.domain.attempt.AttemptCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final KeptPayload PAYLOAD = new KeptPayload("{\"a\":1}", "abc", Optional.of("v1:sealed"));

    @Test
    void aVendorReviewKeepsTheDigestOfItsBodyAndIsNoStaffDecision() {
        Review review = Review.fromVendor(new AttemptCode("A"), 3, ReviewSource.SOFTWARE_SECURE,
                ReviewStatus.SUSPICIOUS, Optional.empty(), List.of(), PAYLOAD, Instant.EPOCH);

        assertThat(review.head().cameFromBody("abc")).isTrue();
        assertThat(review.rawData()).isEqualTo("{\"a\":1}");
        assertThat(review.encryptedVideoUrl()).contains("v1:sealed");
        assertThat(review.source()).isEqualTo(ReviewSource.SOFTWARE_SECURE);
        assertThat(review.head().isStaffDecision()).isFalse();
    }

    @Test
    void staffIsNoVendor() {
        assertThatThrownBy(() -> Review.fromVendor(new AttemptCode("A"), 1, ReviewSource.STAFF, ReviewStatus.CLEAN,
                Optional.empty(), List.of(), PAYLOAD, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
