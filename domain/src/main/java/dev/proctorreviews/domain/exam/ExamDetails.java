package dev.proctorreviews.domain.exam;

import dev.proctorreviews.domain.Require;

/** Everything about an exam but its id: what a client registers and may later change. */
public record ExamDetails(CourseId courseId, String contentId, String examName, int timeLimitMins,
                          boolean proctored, boolean practiceExam, Backend backend) {
    public static final int MAX_TEXT_LENGTH = 255;

    public ExamDetails {
        Require.present(courseId, "course_id");
        Require.text(contentId, "content_id", MAX_TEXT_LENGTH);
        Require.text(examName, "exam_name", MAX_TEXT_LENGTH);
        if (timeLimitMins < 0) {
            throw new IllegalArgumentException("time_limit_mins must not be negative");
        }
        Require.present(backend, "backend");
    }
}
