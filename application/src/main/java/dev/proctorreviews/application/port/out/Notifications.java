package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import java.util.List;

/** Support notifications for course teams, oldest first. */
public interface Notifications {
    void add(AttemptCode about, SupportNotification notification);

    List<SupportNotification> forCourse(CourseId course);
}
