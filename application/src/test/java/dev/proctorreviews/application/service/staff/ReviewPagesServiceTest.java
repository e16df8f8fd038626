package dev.proctorreviews.application.service.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.crypto.AesGcmVideoLinkVault;
import dev.proctorreviews.application.fakes.InMemoryStores;
import dev.proctorreviews.application.port.ReviewedAttempt;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.VideoLinkOpener;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewPagesServiceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final Stores stores = InMemoryStores.create();
    private final AesGcmVideoLinkVault vault = new AesGcmVideoLinkVault(new byte[32]);
    private final Exam exam = stores.exams().add(new ExamDetails(new CourseId("foo/bar/baz"), "c", "Final", 30,
            true, false, Backend.PSI)).orElseThrow();
    private final User learner = new User(new UserId(3), "lea", "lea@example.com", false, Set.of());

    ReviewPagesServiceTest() {
        stores.users().save(learner);
    }

    private ReviewPagesService service(Optional<VideoLinkOpener> opener) {
        return new ReviewPagesService(stores.transactions(), stores.reviewBoards(), stores.reviews(),
                opener);
    }

    private Attempt reviewed(AttemptStatus status, int secondsAfterStart, Optional<String> sealedVideo) {
        Attempt attempt = stores.attempts().add(new NewAttempt(exam.id(), learner.id(), AttemptCode.generate(),
                ExternalId.generate(), true, status, T0));
        stores.reviews().saveVersion(new Review(attempt.code(), 1, ReviewStatus.SUSPICIOUS, ReviewSource.PSI,
                Optional.empty(), "{}", Optional.empty(), sealedVideo, List.of(), T0));
        stores.reviews().makeCurrent(attempt, 1, T0.plusSeconds(secondsAfterStart));
        return attempt;
    }

    @Test
    void attemptsNeedingAttentionComeFirstThenTheNewest() {
        Attempt oldVerified = reviewed(AttemptStatus.VERIFIED, 1, Optional.empty());
        Attempt error = reviewed(AttemptStatus.ERROR, 2, Optional.empty());
        Attempt newRejected = reviewed(AttemptStatus.REJECTED, 3, Optional.empty());
        Attempt waiting = reviewed(AttemptStatus.SECOND_REVIEW_REQUIRED, 0, Optional.empty());

        List<ReviewedAttempt> rows = service(Optional.empty()).reviewedAttempts(exam.id());

        assertThat(rows).extracting(row -> row.attempt().id())
                .containsExactly(waiting.id(), error.id(), newRejected.id(), oldVerified.id());
        assertThat(service(Optional.empty()).exams(exam.courseId())).singleElement()
                .satisfies(counts -> {
                    assertThat(counts.reviewedAttempts()).isEqualTo(4);
                    assertThat(counts.awaitingSecondReview()).isEqualTo(1);
                });
    }

    @Test
    void theRecordingOpensOnlyWithTheKey() {
        String url = "https://vendor.example.com/video/42?sig=abc";
        Attempt attempt = reviewed(AttemptStatus.REJECTED, 1, vault.seal(url));
        Attempt without = reviewed(AttemptStatus.REJECTED, 1, Optional.empty());

        assertThat(service(Optional.of(vault)).recording(attempt.code())).contains(url);
        assertThat(service(Optional.of(vault)).recording(without.code())).isEmpty();
        assertThat(service(Optional.empty()).recording(attempt.code())).isEmpty();
        assertThat(service(Optional.of(new AesGcmVideoLinkVault(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32}))).recording(attempt.code())).as("another key").isEmpty();
    }
}
