package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.Notifications;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notifications in insertion order. */
final class InMemoryNotifications implements Notifications {
    private final List<SupportNotification> notifications = new CopyOnWriteArrayList<>();

    @Override
    public void add(AttemptCode about, SupportNotification notification) {
        notifications.add(notification);
    }

    @Override
    public List<SupportNotification> forCourse(CourseId course) {
        return notifications.stream().filter(n -> n.courseId().equals(course)).toList();
    }
}
