package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.out.Notifications;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notifications in insertion order; a notification's id is its position (from 1), as storage numbers them. */
final class InMemoryNotifications implements Notifications {
    private final List<SupportNotification> notifications = new CopyOnWriteArrayList<>();
    private final List<AttemptCode> abouts = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void add(AttemptCode about, SupportNotification notification) {
        notifications.add(notification);
        abouts.add(about);
    }

    @Override
    public synchronized int renameStudent(Set<AttemptCode> attempts, String username) {
        int renamed = 0;
        for (int i = 0; i < notifications.size(); i++) {
            if (attempts.contains(abouts.get(i))) {
                SupportNotification n = notifications.get(i);
                notifications.set(i, new SupportNotification(n.courseId(), n.examName(), username, n.reviewStatus(),
                        n.reviewUrl(), n.createdAt()));
                renamed++;
            }
        }
        return renamed;
    }

    @Override
    public Page<SupportNotification> forCourse(CourseId course, PageRequest page) {
        List<Map.Entry<Long, SupportNotification>> numbered = new ArrayList<>();
        for (int i = (int) Math.min(page.after(), notifications.size()); i < notifications.size()
                && numbered.size() < page.limit(); i++) {
            if (notifications.get(i).courseId().equals(course)) {
                numbered.add(Map.entry(i + 1L, notifications.get(i)));
            }
        }
        return page.page(numbered, Map.Entry::getKey, Map.Entry::getValue);
    }
}
