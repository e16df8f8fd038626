package dev.proctorreviews.application.service.outcome;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.in.outcome.EventPage;
import dev.proctorreviews.application.port.in.outcome.ReadOutcomesUseCases;
import dev.proctorreviews.application.port.out.CreditRequirements;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.Notifications;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.user.UserId;
import java.util.List;

/** What the workflow leaves for the LMS to read: credit, support notifications, and the event feed in pages. */
public final class ReadOutcomesService implements ReadOutcomesUseCases {
    private final Transactions transactions;
    private final CreditRequirements credit;
    private final Notifications notifications;
    private final Events events;

    public ReadOutcomesService(Transactions transactions, CreditRequirements credit, Notifications notifications,
                               Events events) {
        this.transactions = transactions;
        this.credit = credit;
        this.notifications = notifications;
        this.events = events;
    }

    @Override
    public List<CreditRequirement> credit(UserId user, CourseId course) {
        return transactions.inTransaction(() -> credit.of(user, course));
    }

    @Override
    public Page<SupportNotification> list(CourseId course, PageRequest page) {
        return transactions.inTransaction(() -> notifications.forCourse(course, page));
    }

    @Override
    public EventPage read(long after, int limit) {
        PageRequest request = PageRequest.of(after, limit);
        Page<FeedEvent> page = request.page(transactions.inTransaction(() -> events.after(after, request.limit())),
                FeedEvent::seq);
        return new EventPage(page.items(), page.nextAfter());
    }
}
