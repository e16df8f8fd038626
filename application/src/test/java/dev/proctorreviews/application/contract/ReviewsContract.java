package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.Reviewer;
import dev.proctorreviews.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code Reviews} and {@code ReviewHistory} ports together: history points at stored versions. */
public abstract class ReviewsContract extends PortContract {

    private static Review version(AttemptCode code, int number, ReviewStatus status, Optional<Reviewer> reviewer,
                                  int comments) {
        List<ReviewComment> list = java.util.stream.IntStream.range(0, comments)
                .mapToObj(i -> new ReviewComment(i, i + 1, 1, "comment \u00e9 " + i, "Suspicious")).toList();
        return new Review(code, number, status, ReviewSource.SOFTWARE_SECURE, reviewer, "{\"k\": [1, 2]}",
                Optional.of("sha-" + number), Optional.of("v1:sealed"), list, NOW);
    }

    @Test
    void versionsBecomeCurrentAndGoToHistoryWithTheirComments() {
        Attempt attempt = newAttempt(unique("ext"));
        AttemptCode code = attempt.code();
        User reviewer = newUser(unique("rev"), unique("rev") + "@example.com", true, Set.of());
        assertThat(tx(() -> stores().reviews().nextVersion(code))).isEqualTo(1);

        Review first = version(code, 1, ReviewStatus.CLEAN, Optional.empty(), 6);
        run(() -> {
            stores().reviews().saveVersion(first);
            stores().reviews().makeCurrent(attempt, 1, NOW);
        });
        Review second = version(code, 2, ReviewStatus.SUSPICIOUS,
                Optional.of(new Reviewer(reviewer.id(), reviewer.username())), 3);
        run(() -> {
            stores().reviews().saveVersion(second);
            stores().history().add(code, 1, HistoryReason.UPDATED, NOW.plusSeconds(1));
            stores().reviews().makeCurrent(attempt, 2, NOW.plusSeconds(1));
        });

        CurrentReview current = tx(() -> stores().reviews().current(code)).orElseThrow();
        assertThat(current.review().status()).isEqualTo(ReviewStatus.SUSPICIOUS);
        assertThat(current.review().comments()).isEqualTo(second.comments());
        assertThat(current.review().reviewer()).contains(new Reviewer(reviewer.id(), reviewer.username()));
        assertThat(current.review().payloadSha256()).contains("sha-2");
        assertThat(current.review().encryptedVideoUrl()).contains("v1:sealed");
        assertThat(current.createdAt()).isEqualTo(NOW);
        assertThat(current.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(tx(() -> stores().reviews().nextVersion(code))).isEqualTo(3);

        run(() -> {
            stores().history().add(code, 2, HistoryReason.DELETED, NOW.plusSeconds(2));
            stores().reviews().removeCurrent(code);
        });
        assertThat(tx(() -> stores().reviews().current(code))).isEmpty();
        List<HistoryEntry> history = tx(() -> stores().history().of(code));
        assertThat(history).extracting(HistoryEntry::reason).containsExactly(HistoryReason.UPDATED,
                HistoryReason.DELETED);
        assertThat(history.get(0).review().comments()).isEqualTo(first.comments());
        assertThat(history.get(1).review().comments()).hasSize(3);
        assertThat(history.get(1).archivedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void aVersionNumberIsUsedOnce() {
        Attempt attempt = newAttempt(unique("ext"));
        run(() -> stores().reviews().saveVersion(version(attempt.code(), 1, ReviewStatus.CLEAN, Optional.empty(), 0)));

        assertThatThrownBy(() -> run(() -> stores().reviews().saveVersion(
                version(attempt.code(), 1, ReviewStatus.SUSPICIOUS, Optional.empty(), 0))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void retiringALearnerBlanksTheirReviewsOnly() {
        Attempt theirs = newAttempt(unique("ext"));
        Attempt other = newAttempt(unique("ext"));
        run(() -> {
            stores().reviews().saveVersion(version(theirs.code(), 1, ReviewStatus.CLEAN, Optional.empty(), 2));
            stores().reviews().saveVersion(version(theirs.code(), 2, ReviewStatus.SUSPICIOUS, Optional.empty(), 1));
            stores().history().add(theirs.code(), 1, HistoryReason.UPDATED, NOW);
            stores().reviews().makeCurrent(theirs, 2, NOW);
            stores().reviews().saveVersion(version(other.code(), 1, ReviewStatus.CLEAN, Optional.empty(), 2));
            stores().reviews().makeCurrent(other, 1, NOW);
        });

        assertThat(tx(() -> stores().reviews().retirePersonalData(theirs.userId()))).isEqualTo(2);
        assertThat(tx(() -> stores().reviews().retirePersonalData(theirs.userId()))).isEqualTo(2);

        Review current = tx(() -> stores().reviews().current(theirs.code())).orElseThrow().review();
        assertThat(current.rawData().replace(" ", "")).isEqualTo("{}");
        assertThat(current.encryptedVideoUrl()).isEmpty();
        assertThat(current.comments()).extracting(ReviewComment::comment).containsExactly("");
        assertThat(current.status()).isEqualTo(ReviewStatus.SUSPICIOUS);
        HistoryEntry earlier = tx(() -> stores().history().of(theirs.code())).get(0);
        assertThat(earlier.review().comments()).extracting(ReviewComment::comment).containsExactly("", "");
        Review untouched = tx(() -> stores().reviews().current(other.code())).orElseThrow().review();
        assertThat(untouched.comments()).extracting(ReviewComment::comment).doesNotContain("");
        assertThat(untouched.encryptedVideoUrl()).isPresent();
    }

    @Test
    void archivingMarksTheCurrentReviewInactiveOnly() {
        Attempt attempt = newAttempt(unique("ext"));
        run(() -> {
            stores().reviews().saveVersion(version(attempt.code(), 1, ReviewStatus.CLEAN, Optional.empty(), 1));
            stores().reviews().makeCurrent(attempt, 1, NOW);
            stores().reviews().markAttemptInactive(attempt.code());
        });

        CurrentReview current = tx(() -> stores().reviews().current(attempt.code())).orElseThrow();
        assertThat(current.attemptActive()).isFalse();
        assertThat(current.review().version()).isEqualTo(1);
        assertThat(tx(() -> stores().history().of(attempt.code()))).isEmpty();
    }

    @Test
    void aReviewOfAnArchivedAttemptIsCurrentButNotActive() {
        Attempt archived = newAttempt(unique("ext")).archived(NOW, Optional.empty());
        Attempt live = newAttempt(unique("ext"));
        run(() -> {
            stores().reviews().saveVersion(version(archived.code(), 1, ReviewStatus.CLEAN, Optional.empty(), 0));
            stores().reviews().makeCurrent(archived, 1, NOW);
            stores().reviews().saveVersion(version(live.code(), 1, ReviewStatus.CLEAN, Optional.empty(), 0));
            stores().reviews().makeCurrent(live, 1, NOW);
        });

        assertThat(tx(() -> stores().reviews().current(archived.code())).orElseThrow().attemptActive()).isFalse();
        assertThat(tx(() -> stores().reviews().current(live.code())).orElseThrow().attemptActive()).isTrue();
    }
}
