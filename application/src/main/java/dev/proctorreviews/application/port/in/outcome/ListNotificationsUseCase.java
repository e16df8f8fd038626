package dev.proctorreviews.application.port.in.outcome;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;

/** Read the support notifications of a course, oldest first, one page at a time. */
public interface ListNotificationsUseCase {
    Page<SupportNotification> list(CourseId course, PageRequest page);
}
