package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import org.junit.jupiter.api.Test;

public abstract class ExamsContract extends PortContract {

    @Test
    void courseAndContentIdAreUnique() {
        CourseId course = new CourseId(unique("course"));
        ExamDetails details = new ExamDetails(course, "final", "Final", 90, true, true, Backend.SOFTWARE_SECURE);

        Exam exam = tx(() -> stores().exams().add(details)).orElseThrow();

        assertThat(exam.details()).isEqualTo(details);
        assertThat(tx(() -> stores().exams().byId(exam.id()))).contains(exam);
        assertThat(tx(() -> stores().exams().add(details))).isEmpty();
    }

    @Test
    void updatesUnlessTheNewIdsBelongToAnotherExam() {
        CourseId course = new CourseId(unique("course"));
        Exam first = newExam(course);
        Exam second = newExam(course);

        Exam renamed = new Exam(first.id(), new ExamDetails(course, first.details().contentId(), "Renamed", 5, false,
                false, Backend.SOFTWARE_SECURE));
        assertThat(tx(() -> stores().exams().update(renamed))).isTrue();
        assertThat(tx(() -> stores().exams().byId(first.id()))).contains(renamed);

        Exam clash = new Exam(second.id(), new ExamDetails(course, first.details().contentId(), "Clash", 5, true,
                false, Backend.PSI));
        assertThat(tx(() -> stores().exams().update(clash))).isFalse();
        assertThat(tx(() -> stores().exams().byId(second.id()))).contains(second);
    }
}
