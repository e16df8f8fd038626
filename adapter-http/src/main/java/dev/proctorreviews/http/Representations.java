package dev.proctorreviews.http;

import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.application.port.in.outcome.EventPage;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.in.user.Retirement;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON bodies the management API answers with, each built from the domain by a {@code from}. */
final class Representations {
    private Representations() {
    }

    record SignInLinkView(String url, Instant expiresAt) {
        static SignInLinkView from(SignInLinkResult.Minted minted) {
            return new SignInLinkView(minted.url(), minted.expiresAt());
        }
    }

    record UserView(long id, String username, String email, boolean isStaff, List<String> staffCourseIds,
                    String name, boolean isActive) {
        static UserView from(User user) {
            return new UserView(user.id().value(), user.username(), user.email(), user.globalStaff(),
                    user.staffCourses().stream().map(CourseId::value).sorted().toList(), user.name().orElse(null),
                    user.active());
        }
    }

    /** What a retirement changed (extension of 3.1), in a fixed field order. */
    record RetirementView(long userId, int reviewVersionsRetired, int parkedDeliveriesDeleted,
                          int notificationsRetired) {
        static RetirementView of(UserId user, Retirement r) {
            return new RetirementView(user.value(), r.reviewVersions(), r.parkedDeliveries(), r.notifications());
        }
    }

    record ExamView(long id, String courseId, String contentId, String examName, int timeLimitMins,
                    boolean isProctored, boolean isPracticeExam, String backend) {
        static ExamView from(Exam exam) {
            var d = exam.details();
            return new ExamView(exam.id().value(), d.courseId().value(), d.contentId(), d.examName(),
                    d.timeLimitMins(), d.proctored(), d.practiceExam(), d.backend().wireName());
        }
    }

    record AttemptView(long id, long examId, long userId, String attemptCode, String externalId, String status,
                       boolean takingAsProctored, boolean archived, Instant archivedAt, Long archivedByUserId,
                       Instant createdAt, Instant updatedAt) {
        static AttemptView from(Attempt a) {
            return new AttemptView(a.id().value(), a.examId().value(), a.userId().value(), a.code().value(),
                    a.externalId().value(), a.status().wireName(), a.takingAsProctored(), a.isArchived(),
                    a.archivedAt().orElse(null), a.archivedBy().map(UserId::value).orElse(null), a.createdAt(),
                    a.updatedAt());
        }
    }

    record CommentView(int start, int stop, int duration, String comment, String status) {
        static List<CommentView> from(List<ReviewComment> comments) {
            return comments.stream().map(c -> new CommentView(c.start(), c.stop(), c.duration(), c.comment(),
                    c.status())).toList();
        }
    }

    record ReviewView(String attemptCode, String reviewStatus, String standardStatus, String vendor,
                      String reviewedBy, boolean isAttemptActive, boolean hasVideoUrl,
                      @JsonRawValue String rawData, List<CommentView> comments, Instant createdAt,
                      Instant updatedAt, int version) {
        static ReviewView from(CurrentReview current) {
            Review r = current.review();
            return new ReviewView(r.attemptCode().value(), r.status().label(), r.status().toStandard().wireName(),
                    r.source().wireName(), reviewerName(r), current.attemptActive(),
                    r.encryptedVideoUrl().isPresent(), r.rawData(), CommentView.from(r.comments()),
                    current.createdAt(), current.updatedAt(), r.version());
        }
    }

    record HistoryEntryView(int version, String reviewStatus, String standardStatus, String vendor,
                            String reviewedBy, String reason, Instant archivedAt, Instant receivedAt,
                            List<CommentView> comments) {
        static HistoryEntryView from(HistoryEntry entry) {
            Review r = entry.review();
            return new HistoryEntryView(r.version(), r.status().label(), r.status().toStandard().wireName(),
                    r.source().wireName(), reviewerName(r), entry.reason().wireName(), entry.archivedAt(),
                    r.receivedAt(), CommentView.from(r.comments()));
        }
    }

    record HistoryView(List<HistoryEntryView> history) {
        static HistoryView from(List<HistoryEntry> entries) {
            return new HistoryView(entries.stream().map(HistoryEntryView::from).toList());
        }
    }

    record AppliedView(String attemptCode, String attemptStatusBefore, String attemptStatus, String credit) {
    }

    record CreditEntry(String namespace, String name, String status) {
    }

    record CreditView(List<CreditEntry> creditRequirementStatus) {
        static CreditView from(List<CreditRequirement> requirements) {
            return new CreditView(requirements.stream()
                    .map(r -> new CreditEntry(r.namespace(), r.name(), r.status().wireName())).toList());
        }
    }

    record NotificationView(String courseId, String examName, String studentUsername, String reviewStatus,
                            String reviewUrl, Instant createdAt) {
    }

    record NotificationsView(List<NotificationView> notifications, long nextAfter) {
        static NotificationsView from(Page<SupportNotification> page) {
            return new NotificationsView(page.items().stream().map(n -> new NotificationView(n.courseId().value(),
                    n.examName(), n.studentUsername(), n.reviewStatus().label(), n.reviewUrl(), n.createdAt()))
                    .toList(), page.nextAfter());
        }
    }

    record EventView(long seq, UUID id, String type, Instant occurredAt, @JsonRawValue String data) {
        static EventView from(FeedEvent e) {
            return new EventView(e.seq(), e.id(), e.type(), e.occurredAt(), e.dataJson());
        }
    }

    record EventsView(List<EventView> events, long nextAfter) {
        static EventsView from(EventPage page) {
            return new EventsView(page.events().stream().map(EventView::from).toList(), page.nextAfter());
        }
    }

    record DeliveryView(long id, String vendor, String externalId, String reason, String detail, String state,
                        int deliveries, Instant firstReceivedAt, Instant lastReceivedAt, Instant replayedAt,
                        @JsonRawValue String payload) {
        static DeliveryView from(ParkedDelivery d) {
            return new DeliveryView(d.id(), d.vendor().wireName(), d.externalIdFromRoute().orElse(null), d.reason().wireName(),
                    d.detail(), d.state().wireName(), d.deliveries(), d.firstReceivedAt(), d.lastReceivedAt(),
                    d.replayedAt().orElse(null), d.payload());
        }
    }

    record DeliveriesView(List<DeliveryView> deliveries, long nextAfter) {
        static DeliveriesView from(Page<ParkedDelivery> page) {
            return new DeliveriesView(page.items().stream().map(DeliveryView::from).toList(), page.nextAfter());
        }
    }

    record SubscriptionView(String id, String url, List<String> eventTypes, String description, boolean enabled,
                            String disabledReason, Instant createdAt) {
        static SubscriptionView from(Subscription s) {
            return new SubscriptionView(s.id(), s.url(), s.eventTypes().orElse(null), s.description().orElse(null),
                    s.enabled(), s.disabledReason().orElse(null), s.createdAt());
        }
    }

    /** The one answer that shows a subscription's key (creation and rotation). */
    record CreatedSubscriptionView(String id, String url, List<String> eventTypes, String description,
                                   boolean enabled, String disabledReason, String secret, Instant createdAt) {
        static CreatedSubscriptionView from(Subscription s, String secret) {
            return new CreatedSubscriptionView(s.id(), s.url(), s.eventTypes().orElse(null),
                    s.description().orElse(null), s.enabled(), s.disabledReason().orElse(null), secret, s.createdAt());
        }

        @Override
        public String toString() {
            return "CreatedSubscriptionView[id=" + id + "]";
        }
    }

    record SubscriptionsView(List<SubscriptionView> subscriptions) {
    }

    record WebhookDeliveryView(long id, UUID eventId, String eventType, Long seq, String state, int tries,
                               Instant nextTryAt, Instant lastTryAt, Integer lastStatus, String lastError,
                               String lastResponseExcerpt) {
        static WebhookDeliveryView from(WebhookDelivery d) {
            return new WebhookDeliveryView(d.id(), d.eventId(), d.eventType(), d.seq().orElse(null), d.state(),
                    d.tries(), d.nextTryAt().orElse(null), d.lastTryAt().orElse(null),
                    d.lastStatus().isPresent() ? d.lastStatus().getAsInt() : null, d.lastError().orElse(null),
                    d.lastResponseExcerpt().orElse(null));
        }
    }

    record WebhookDeliveriesView(List<WebhookDeliveryView> deliveries) {
        static WebhookDeliveriesView from(List<WebhookDelivery> deliveries) {
            return new WebhookDeliveriesView(deliveries.stream().map(WebhookDeliveryView::from).toList());
        }
    }

    record RecoveredView(int requeued) {
    }

    private static String reviewerName(Review review) {
        return review.reviewer().map(r -> r.username()).orElse(null);
    }
}
