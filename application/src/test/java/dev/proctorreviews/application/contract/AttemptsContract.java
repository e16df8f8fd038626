package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.out.AttemptUnderReview;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewHead;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.Reviewer;
import dev.proctorreviews.domain.user.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class AttemptsContract extends PortContract {

    @Test
    void findsByIdCodeAndExternalIdIgnoringItsCase() {
        Attempt attempt = newAttempt(unique("Ext"));

        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ById(attempt.id()))))
                .contains(attempt);
        assertThat(tx(() -> stores().attempts().findLocked(new AttemptLookup.ByCode(attempt.code()))))
                .contains(attempt);
        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ByExternalId(
                new ExternalId(attempt.externalId().value().toUpperCase(Locale.ROOT)))))).contains(attempt);
        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ByCode(
                new AttemptCode(attempt.code().value().toLowerCase(Locale.ROOT)))))).isEmpty();
    }

    @Test
    void newestAttemptWinsASharedExternalId() {
        String external = unique("shared");
        newAttempt(external);
        Attempt newer = newAttempt(external);

        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ByExternalId(new ExternalId(external)))))
                .contains(newer);
    }

    @Test
    void anExternalIdIsTakenPerBackendIgnoringCaseLiveOrArchived() {
        String external = unique("Claimed");
        Attempt attempt = newAttempt(external);
        run(() -> stores().attempts().update(attempt.archived(NOW.plusSeconds(1), Optional.empty())));

        assertThat(tx(() -> stores().attempts().claimExternalId(Backend.PSI,
                new ExternalId(external.toUpperCase(Locale.ROOT))))).isFalse();
        assertThat(tx(() -> stores().attempts().claimExternalId(Backend.SOFTWARE_SECURE,
                new ExternalId(external)))).isTrue();
        assertThat(tx(() -> stores().attempts().claimExternalId(Backend.PSI, new ExternalId(unique("free")))))
                .isTrue();
    }

    @Test
    void lockingForReviewReadsTheExamAndTheCurrentReviewsHeadAndNextVersion() {
        String external = unique("Locked");
        Attempt attempt = newAttempt(external);
        Exam exam = tx(() -> stores().exams().byId(attempt.examId())).orElseThrow();

        AttemptUnderReview fresh = tx(() -> stores().attempts().lockForReview(
                new AttemptLookup.ByExternalId(new ExternalId(external.toUpperCase(Locale.ROOT))))).orElseThrow();
        assertThat(fresh).isEqualTo(new AttemptUnderReview(attempt, exam, Optional.empty(), 1));

        Review first = new Review(attempt.code(), 1, ReviewStatus.SUSPICIOUS, ReviewSource.PSI, Optional.empty(),
                "{}", Optional.of("sha-1"), Optional.empty(), List.of(), NOW);
        Review decision = Review.staffDecision(attempt.code(), 2, ReviewStatus.CLEAN,
                new Reviewer(attempt.userId(), "learner"), NOW);
        run(() -> {
            stores().reviews().saveVersion(first);
            stores().reviews().saveVersion(decision);
            stores().reviews().makeCurrent(attempt, 1, NOW);
        });
        assertThat(tx(() -> stores().attempts().lockForReview(new AttemptLookup.ByCode(attempt.code()))))
                .contains(new AttemptUnderReview(attempt, exam, Optional.of(first.head()), 3));

        run(() -> stores().reviews().makeCurrent(attempt, 2, NOW));
        assertThat(tx(() -> stores().attempts().lockForReview(new AttemptLookup.ById(attempt.id()))))
                .contains(new AttemptUnderReview(attempt, exam,
                        Optional.of(new ReviewHead(2, ReviewStatus.CLEAN, ReviewSource.STAFF, Optional.empty())), 3));
        assertThat(tx(() -> stores().attempts().lockForReview(new AttemptLookup.ByCode(AttemptCode.generate()))))
                .isEmpty();
    }

    @Test
    void updatesStatusArchivedTimeAndWhoArchived() {
        Attempt attempt = newAttempt(unique("ext"));
        Attempt archived = attempt.withStatus(AttemptStatus.SUBMITTED, NOW.plusSeconds(1))
                .archived(NOW.plusSeconds(2), Optional.of(attempt.userId()));

        run(() -> stores().attempts().update(archived));

        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ById(attempt.id()))))
                .contains(archived);
    }

    @Test
    void aLearnersAttemptsAreListedLiveAndArchivedOldestFirst() {
        Attempt first = newAttempt(unique("ext"));
        Attempt second = tx(() -> stores().attempts().add(new NewAttempt(first.examId(), first.userId(),
                AttemptCode.generate(), new ExternalId(unique("ext")), true, AttemptStatus.CREATED, NOW)));
        Attempt archived = second.archived(NOW.plusSeconds(1), Optional.empty());
        run(() -> stores().attempts().update(archived));
        newAttempt(unique("someone-else"));

        assertThat(tx(() -> stores().attempts().ofLearner(first.userId()))).containsExactly(first, archived);
        assertThat(tx(() -> stores().attempts().ofLearner(new UserId(Long.MAX_VALUE - 3)))).isEmpty();
    }
}
