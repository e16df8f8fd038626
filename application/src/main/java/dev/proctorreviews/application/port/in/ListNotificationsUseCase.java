package dev.proctorreviews.application.port.in;

import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import java.util.List;

/** Read the support notifications of a course, oldest first. */
public interface ListNotificationsUseCase {
    List<SupportNotification> list(CourseId course);
}
