package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.ExamReviewCounts;
import dev.proctorreviews.application.port.ReviewedAttempt;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.List;

/** Read models of the course team's pages: which attempts of an exam have a review, and counts per exam. */
public interface ReviewBoards {
    /** Every attempt of the exam (live or archived) that has a current review, in no particular order. */
    List<ReviewedAttempt> reviewedAttempts(ExamId exam);

    /** Every exam of the course, by id, with its counts. */
    List<ExamReviewCounts> examsOf(CourseId course);
}
