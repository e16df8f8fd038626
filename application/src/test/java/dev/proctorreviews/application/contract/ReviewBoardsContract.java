package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.ExamReviewCounts;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.ReviewedAttempt;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code ReviewBoards} read models: attempts with a current review, and per-exam counts of a course. */
public abstract class ReviewBoardsContract extends PortContract {

    private ReviewBoards boards() {
        return stores().reviewBoards();
    }

    private Attempt attempt(Exam exam, User learner, AttemptStatus status) {
        return tx(() -> stores().attempts().add(new NewAttempt(exam.id(), learner.id(), AttemptCode.generate(),
                new ExternalId(unique("ext")), true, status, NOW)));
    }

    private void review(Attempt attempt, ReviewStatus status) {
        run(() -> {
            stores().reviews().saveVersion(new Review(attempt.code(), 1, status, ReviewSource.PSI, Optional.empty(),
                    "{}", Optional.empty(), Optional.empty(), List.of(), NOW));
            stores().reviews().makeCurrent(attempt, 1, NOW.plusSeconds(5));
        });
    }

    @Test
    void listsTheReviewedAttemptsOfAnExamAndCountsThemPerExam() {
        CourseId course = new CourseId(unique("course"));
        Exam first = newExam(course);
        Exam second = newExam(course);
        Exam elsewhere = newExam(new CourseId(unique("other")));
        User learner = newUser(unique("learner"), unique("l") + "@example.com", false, Set.of());
        Attempt waiting = attempt(first, learner, AttemptStatus.SECOND_REVIEW_REQUIRED);
        Attempt verified = attempt(first, learner, AttemptStatus.VERIFIED);
        attempt(first, learner, AttemptStatus.STARTED);
        review(waiting, ReviewStatus.SUSPICIOUS);
        review(verified, ReviewStatus.CLEAN);
        review(attempt(elsewhere, learner, AttemptStatus.VERIFIED), ReviewStatus.CLEAN);

        List<ReviewedAttempt> rows = tx(() -> boards().reviewedAttempts(first.id()));
        assertThat(rows).extracting(row -> row.attempt().id()).containsExactlyInAnyOrder(waiting.id(), verified.id());
        ReviewedAttempt row = rows.stream().filter(r -> r.attempt().id().equals(waiting.id())).findFirst()
                .orElseThrow();
        assertThat(row.learnerUsername()).isEqualTo(learner.username());
        assertThat(row.reviewStatus()).isEqualTo(ReviewStatus.SUSPICIOUS);
        assertThat(row.reviewedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(row.attempt()).isEqualTo(waiting);

        assertThat(tx(() -> boards().examsOf(course))).containsExactly(new ExamReviewCounts(first, 2, 1),
                new ExamReviewCounts(second, 0, 0));
        assertThat(tx(() -> boards().examsOf(new CourseId(unique("empty"))))).isEmpty();
    }
}
