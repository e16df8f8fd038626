package dev.proctorreviews.domain.exam;

import dev.proctorreviews.domain.Require;

/** A course identifier as the LMS writes it (e.g. {@code course-v1:Org+CS101+2026} or {@code foo/bar/baz}). */
public record CourseId(String value) {
    public static final int MAX_LENGTH = 255;

    public CourseId {
        Require.text(value, "course_id", MAX_LENGTH);
    }
}
