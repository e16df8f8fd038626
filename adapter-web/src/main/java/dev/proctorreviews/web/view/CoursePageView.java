package dev.proctorreviews.web.view;

import java.util.List;

/** The course page: its exams with counts. */
public record CoursePageView(Frame frame, String courseId, List<Row> exams) {

    /** One exam with how many attempts were reviewed and how many wait for a second review. */
    public record Row(String examName, String href, int reviewed, int awaitingSecondReview) {
    }
}
