package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import java.util.Set;

/** Support notifications for course teams, oldest first. */
public interface Notifications {
    void add(AttemptCode about, SupportNotification notification);

    /** The course's notifications after {@code page.after()} (a notification id), at most {@code page.limit()}. */
    Page<SupportNotification> forCourse(CourseId course, PageRequest page);

    /**
     * Writes {@code username} as the student's username on every notification about these attempts, so that a
     * retired learner's name is not kept where the course team reads it; answers how many were rewritten.
     */
    int renameStudent(Set<AttemptCode> attempts, String username);
}
