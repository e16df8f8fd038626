package dev.proctorreviews.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateDecisionTest {
    private static final ReviewPolicy UPDATES = ReviewPolicy.defaults();
    private static final ReviewPolicy NO_UPDATES = new ReviewPolicy(PassingStatuses.defaults(), true, false);

    private static Review vendorReview(String sha) {
        return Review.fromVendor(new AttemptCode("A"), 1, ReviewSource.PSI, ReviewStatus.CLEAN, Optional.empty(),
                List.of(), new KeptPayload("{}", sha, Optional.empty()), Instant.EPOCH);
    }

    private static Review staffDecision() {
        return Review.staffDecision(new AttemptCode("A"), 2, ReviewStatus.CLEAN, new Reviewer(new UserId(1), "staff"),
                Instant.EPOCH);
    }

    @Test
    void firstReviewIsStored() {
        assertThat(UpdateDecision.forVendorReview(Optional.empty(), "x", NO_UPDATES))
                .isEqualTo(UpdateDecision.FIRST_REVIEW);
    }

    @Test
    void identicalBodyIsADuplicateEvenWhenUpdatesAreOff() {
        assertThat(UpdateDecision.forVendorReview(Optional.of(vendorReview("x").head()), "x", NO_UPDATES))
                .isEqualTo(UpdateDecision.DUPLICATE);
    }

    @Test
    void differentBodyReplacesOrIsRefused() {
        assertThat(UpdateDecision.forVendorReview(Optional.of(vendorReview("x").head()), "y", UPDATES))
                .isEqualTo(UpdateDecision.REPLACE);
        assertThat(UpdateDecision.forVendorReview(Optional.of(vendorReview("x").head()), "y", NO_UPDATES))
                .isEqualTo(UpdateDecision.REFUSED);
    }

    @Test
    void staffDecisionIsFinalWhateverTheUpdatePolicy() {
        assertThat(UpdateDecision.forVendorReview(Optional.of(staffDecision().head()), "y", UPDATES))
                .isEqualTo(UpdateDecision.SUPERSEDED_BY_STAFF_DECISION);
        assertThat(UpdateDecision.forVendorReview(Optional.of(staffDecision().head()), "y", NO_UPDATES))
                .isEqualTo(UpdateDecision.SUPERSEDED_BY_STAFF_DECISION);
    }

    @Test
    void vendorReviewNamingAStaffReviewerIsNotAStaffDecision() {
        Review named = Review.fromVendor(new AttemptCode("A"), 1, ReviewSource.SOFTWARE_SECURE, ReviewStatus.CLEAN,
                Optional.of(new Reviewer(new UserId(1), "staff")), List.of(),
                new KeptPayload("{}", "x", Optional.empty()), Instant.EPOCH);
        assertThat(UpdateDecision.forVendorReview(Optional.of(named.head()), "y", UPDATES))
                .isEqualTo(UpdateDecision.REPLACE);
    }
}
