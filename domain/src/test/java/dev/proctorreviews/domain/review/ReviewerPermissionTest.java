package dev.proctorreviews.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewerPermissionTest {
    private static final CourseId COURSE = new CourseId("foo/bar/baz");
    private static final Exam EXAM = new Exam(new ExamId(3),
            new ExamDetails(COURSE, "content", "Exam", 10, true, false, Backend.PSI));

    @Test
    void staffOfTheCourseAndGlobalStaffAreSilent() {
        User courseStaff = new User(new UserId(1), "cs", "cs@example.com", false, Set.of(COURSE));
        User globalStaff = new User(new UserId(2), "gs", "gs@example.com", true, Set.of());
        assertThat(ReviewerPermission.warningFor(courseStaff, EXAM, new AttemptCode("X"))).isEmpty();
        assertThat(ReviewerPermission.warningFor(globalStaff, EXAM, new AttemptCode("X"))).isEmpty();
    }

    @Test
    void othersGetTheExactWarning() {
        User other = new User(new UserId(1), "bob", "bob@example.com", false, Set.of(new CourseId("other")));
        assertThat(ReviewerPermission.warningFor(other, EXAM, new AttemptCode("ABC"))).contains(
                "user=bob does not have the required permissions to submit a review for attempt_code=ABC.");
    }
}
