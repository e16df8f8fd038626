package dev.proctorreviews.application.port.in.staff;

import dev.proctorreviews.application.port.ExamReviewCounts;
import dev.proctorreviews.domain.exam.CourseId;
import java.util.List;

/** A course's exams with how many attempts were reviewed and how many wait for a second review. */
public interface ListCourseExamsUseCase {
    List<ExamReviewCounts> exams(CourseId course);
}
