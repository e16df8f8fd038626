package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.ExamReviewCounts;
import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.ReviewedAttempt;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * The page read models over the other in-memory fakes of one {@link InMemoryStores} set, made by it. Those
 * fakes number exams and attempts 1, 2, 3, … without gaps, so walking the ids until the first miss visits every
 * row; the PostgreSQL adapter answers the same questions with one query each.
 */
public final class InMemoryReviewBoards implements ReviewBoards {
    private final Users users;
    private final Exams exams;
    private final Attempts attempts;
    private final Reviews reviews;

    InMemoryReviewBoards(Users users, Exams exams, Attempts attempts, Reviews reviews) {
        this.users = users;
        this.exams = exams;
        this.attempts = attempts;
        this.reviews = reviews;
    }

    @Override
    public List<ReviewedAttempt> reviewedAttempts(ExamId exam) {
        List<ReviewedAttempt> rows = new ArrayList<>();
        for (Attempt attempt : all(id -> attempts.find(new AttemptLookup.ById(new AttemptId(id))))) {
            if (attempt.examId().equals(exam)) {
                reviews.current(attempt.code()).ifPresent(current -> rows.add(new ReviewedAttempt(attempt,
                        users.byId(attempt.userId()).orElseThrow().username(), current.review().status(),
                        current.updatedAt())));
            }
        }
        return rows;
    }

    @Override
    public List<ExamReviewCounts> examsOf(CourseId course) {
        return all(id -> exams.byId(new ExamId(id))).stream()
                .filter(exam -> exam.courseId().equals(course))
                .map(this::counts).toList();
    }

    private ExamReviewCounts counts(Exam exam) {
        List<ReviewedAttempt> reviewed = reviewedAttempts(exam.id());
        int waiting = (int) reviewed.stream()
                .filter(row -> row.attempt().status() == AttemptStatus.SECOND_REVIEW_REQUIRED).count();
        return new ExamReviewCounts(exam, reviewed.size(), waiting);
    }

    private static <T> List<T> all(Function<Long, Optional<T>> byId) {
        List<T> found = new ArrayList<>();
        LongStream.iterate(1, id -> id + 1).mapToObj(byId::apply).takeWhile(Optional::isPresent)
                .forEach(row -> found.add(row.get()));
        return found;
    }
}
