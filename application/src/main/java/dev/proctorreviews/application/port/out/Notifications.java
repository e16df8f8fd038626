package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;

/** Support notifications for course teams, oldest first. */
public interface Notifications {
    void add(AttemptCode about, SupportNotification notification);

    /** The course's notifications after {@code page.after()} (a notification id), at most {@code page.limit()}. */
    Page<SupportNotification> forCourse(CourseId course, PageRequest page);
}
