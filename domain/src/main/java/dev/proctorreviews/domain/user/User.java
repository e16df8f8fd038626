package dev.proctorreviews.domain.user;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.exam.CourseId;
import java.util.Set;

/**
 * A user as the LMS describes it. Staff rights matter for reviews: a reviewer who is neither global staff
 * nor staff of the exam's course is still accepted for vendor reviews, but may not record a staff decision.
 */
public record User(UserId id, String username, String email, boolean globalStaff, Set<CourseId> staffCourses) {
    public static final int MAX_USERNAME_LENGTH = 255;
    public static final int MAX_EMAIL_LENGTH = 254;

    public User {
        Require.present(id, "user_id");
        Require.text(username, "username", MAX_USERNAME_LENGTH);
        Require.text(email, "email", MAX_EMAIL_LENGTH);
        staffCourses = Set.copyOf(Require.present(staffCourses, "staff_course_ids"));
    }

    /** Whether this user may act as staff for the given course (global staff may act everywhere). */
    public boolean isStaffOf(CourseId course) {
        return globalStaff || staffCourses.contains(course);
    }
}
