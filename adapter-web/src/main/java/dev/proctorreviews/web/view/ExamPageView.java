package dev.proctorreviews.web.view;

import java.util.List;

/** The exam page: its reviewed attempts, those needing attention first. */
public record ExamPageView(Frame frame, String courseId, String courseHref, String examName, List<Row> attempts) {

    /** One reviewed attempt, linking to its review page. */
    public record Row(String learner, String attemptStatus, Tone attemptTone, String reviewStatus, Tone reviewTone,
                      String reviewedAt, String href) {
    }
}
