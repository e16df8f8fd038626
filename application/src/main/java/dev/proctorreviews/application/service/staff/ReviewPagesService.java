package dev.proctorreviews.application.service.staff;

import dev.proctorreviews.application.port.ExamReviewCounts;
import dev.proctorreviews.application.port.ReviewedAttempt;
import dev.proctorreviews.application.port.in.staff.ListCourseExamsUseCase;
import dev.proctorreviews.application.port.in.staff.ListReviewedAttemptsUseCase;
import dev.proctorreviews.application.port.in.staff.OpenRecordingUseCase;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.VideoLinkOpener;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the course team's pages read: exam boards, course overviews and, on demand, the recording link. */
public final class ReviewPagesService implements ListReviewedAttemptsUseCase, ListCourseExamsUseCase,
        OpenRecordingUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewPagesService.class);
    private static final Comparator<ReviewedAttempt> ATTENTION_FIRST =
            Comparator.comparingInt((ReviewedAttempt row) -> urgency(row.attempt().status()))
                    .thenComparing(ReviewedAttempt::reviewedAt, Comparator.reverseOrder())
                    .thenComparing(row -> row.attempt().id().value(), Comparator.reverseOrder());

    private final Transactions transactions;
    private final ReviewBoards boards;
    private final Reviews reviews;
    private final Optional<VideoLinkOpener> opener;

    /** @param opener empty when no video link key is configured (then no link is kept either) */
    public ReviewPagesService(Transactions transactions, ReviewBoards boards, Reviews reviews,
                              Optional<VideoLinkOpener> opener) {
        this.transactions = transactions;
        this.boards = boards;
        this.reviews = reviews;
        this.opener = opener;
    }

    @Override
    public List<ReviewedAttempt> reviewedAttempts(ExamId exam) {
        return transactions.inTransaction(() -> boards.reviewedAttempts(exam)).stream()
                .sorted(ATTENTION_FIRST).toList();
    }

    @Override
    public List<ExamReviewCounts> exams(CourseId course) {
        return transactions.inTransaction(() -> boards.examsOf(course));
    }

    @Override
    public Optional<String> recording(AttemptCode code) {
        if (opener.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sealed = transactions.inTransaction(() -> reviews.current(code))
                .flatMap(current -> current.review().encryptedVideoUrl());
        try {
            return sealed.map(opener.get()::open);
        } catch (IllegalArgumentException e) {
            // The value itself stays out of the log: only which attempt's link no longer opens (key changed?).
            LOG.warn("The recording link of attempt_code={} does not open with the configured key", code.value());
            return Optional.empty();
        }
    }

    private static int urgency(AttemptStatus status) {
        if (status == AttemptStatus.SECOND_REVIEW_REQUIRED) {
            return 0;
        }
        return status == AttemptStatus.ERROR ? 1 : 2;
    }
}
