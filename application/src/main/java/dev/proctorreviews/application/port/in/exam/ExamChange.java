package dev.proctorreviews.application.port.in.exam;

import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamDetails;
import java.util.Optional;

/** A partial change of an exam: every present field replaces the exam's value. */
public record ExamChange(Optional<CourseId> courseId, Optional<String> contentId, Optional<String> examName,
                         Optional<Integer> timeLimitMins, Optional<Boolean> proctored,
                         Optional<Boolean> practiceExam, Optional<Backend> backend) {

    /** The details with this change applied (validated like any new details). */
    public ExamDetails applyTo(ExamDetails d) {
        return new ExamDetails(courseId.orElse(d.courseId()), contentId.orElse(d.contentId()),
                examName.orElse(d.examName()), timeLimitMins.orElse(d.timeLimitMins()),
                proctored.orElse(d.proctored()), practiceExam.orElse(d.practiceExam()),
                backend.orElse(d.backend()));
    }
}
