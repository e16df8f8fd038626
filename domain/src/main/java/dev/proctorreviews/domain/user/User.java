package dev.proctorreviews.domain.user;

import dev.proctorreviews.domain.Require;
import dev.proctorreviews.domain.exam.CourseId;
import java.util.Optional;
import java.util.Set;

/**
 * A user as the LMS describes it. Staff rights matter for reviews: a reviewer who is neither global staff
 * nor staff of the exam's course is still accepted for vendor reviews, but may not record a staff decision.
 * The full name and the active flag are kept because the learning platform's own events about a learner carry
 * them (its schema has both), and the service announces attempt changes in those events.
 *
 * @param name   the full name, when the LMS knows one
 * @param active whether the LMS account is active (an LMS deactivates rather than deletes)
 */
public record User(UserId id, String username, String email, boolean globalStaff, Set<CourseId> staffCourses,
                   Optional<String> name, boolean active) {
    public static final int MAX_USERNAME_LENGTH = 255;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 255;

    public User {
        Require.present(id, "user_id");
        Require.text(username, "username", MAX_USERNAME_LENGTH);
        Require.text(email, "email", MAX_EMAIL_LENGTH);
        staffCourses = Set.copyOf(Require.present(staffCourses, "staff_course_ids"));
        Require.present(name, "name").ifPresent(n -> Require.text(n, "name", MAX_NAME_LENGTH));
    }

    /** An active user without a known full name, as contract 3.1 registered users before names existed. */
    public User(UserId id, String username, String email, boolean globalStaff, Set<CourseId> staffCourses) {
        this(id, username, email, globalStaff, staffCourses, Optional.empty(), true);
    }

    /** The domain that retired users' placeholder e-mail addresses are in: reserved, it can never deliver. */
    public static final String RETIRED_EMAIL_DOMAIN = "retired.invalid";

    /**
     * The placeholder that replaces this user once retired: the same id, so every row that names the user stays
     * linked, and a username and e-mail made from that id alone, so that they say nothing about the person and
     * retiring the placeholder again changes nothing. The full name goes, and so do staff rights and the active
     * flag: a retired account acts for no one, as Open edX deactivates an account before it retires it.
     */
    public User retired() {
        String handle = "retired_user_" + id.value();
        return new User(id, handle, handle + "@" + RETIRED_EMAIL_DOMAIN, false, Set.of(), Optional.empty(), false);
    }

    /** Whether this user may act as staff for the given course (global staff may act everywhere). */
    public boolean isStaffOf(CourseId course) {
        return globalStaff || staffCourses.contains(course);
    }
}
