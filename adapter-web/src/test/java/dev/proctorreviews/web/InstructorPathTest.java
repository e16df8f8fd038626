package dev.proctorreviews.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstructorPathTest {

    @Test
    void aTrailingNumberMayBeAnExamOfTheCourseBeforeIt() {
        InstructorPath path = InstructorPath.parse("/instructor/foo/bar/baz/12").orElseThrow();

        assertThat(path.wholeCourse()).isEqualTo(new CourseId("foo/bar/baz/12"));
        assertThat(path.exam()).contains(new InstructorPath.ExamOfCourse(new CourseId("foo/bar/baz"), new ExamId(12)));
        assertThat(InstructorPath.parse("/instructor/course-v1:Org+CS101+2026/").orElseThrow().exam()).isEmpty();
        assertThat(InstructorPath.parse("/instructor/course-v1:Org+CS101+2026").orElseThrow().wholeCourse())
                .as("plus signs stay plus signs").isEqualTo(new CourseId("course-v1:Org+CS101+2026"));
    }

    @Test
    void malformedPathsNameNothing() {
        assertThat(InstructorPath.parse("/instructor/")).isEmpty();
        assertThat(InstructorPath.parse("/instructor/a%zz")).isEmpty();
        assertThat(InstructorPath.parse("/instructor/a%C3%28")).isEmpty();
        assertThat(InstructorPath.parse("/instructor/" + "x".repeat(300))).isEmpty();
    }

    @Test
    void encodingRoundTrips() {
        String external = "a b+c&d=e/é%";
        String encoded = UrlCodec.encodeQueryValue(external);

        assertThat(encoded).doesNotContain(" ", "&", "=", "+", "%\u00e9");
        assertThat(UrlCodec.decode(encoded)).contains(external);
        assertThat(UrlCodec.rawQueryParameter("x=1&attempt=" + encoded, "attempt").flatMap(UrlCodec::decode))
                .contains(external);
        assertThat(UrlCodec.rawQueryParameter("x=1", "attempt")).isEqualTo(Optional.empty());
        assertThat(UrlCodec.encodePath("foo/bar baz")).isEqualTo("foo/bar%20baz");
    }
}
