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
        return new Review(new AttemptCode("A"), 1, ReviewStatus.CLEAN, ReviewSource.PSI, Optional.empty(), "{}",
                Optional.of(sha), Optional.empty(), List.of(), Instant.EPOCH);
    }

    private static Review staffDecision() {
        return new Review(new AttemptCode("A"), 2, ReviewStatus.CLEAN, ReviewSource.STAFF,
                Optional.of(new Reviewer(new UserId(1), "staff")), "{}", Optional.empty(), Optional.empty(),
                List.of(), Instant.EPOCH);
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
        Review named = new Review(new AttemptCode("A"), 1, ReviewStatus.CLEAN, ReviewSource.SOFTWARE_SECURE,
                Optional.of(new Reviewer(new UserId(1), "staff")), "{}", Optional.of("x"), Optional.empty(),
                List.of(), Instant.EPOCH);
        assertThat(UpdateDecision.forVendorReview(Optional.of(named.head()), "y", UPDATES))
                .isEqualTo(UpdateDecision.REPLACE);
    }
}
