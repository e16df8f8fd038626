package dev.proctorreviews.http;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.application.port.in.CoreUseCases;
import dev.proctorreviews.application.port.in.attempt.ArchiveResult;
import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.attempt.AttemptUseCases;
import dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand;
import dev.proctorreviews.application.port.in.delivery.DeliveryUseCases;
import dev.proctorreviews.application.port.in.delivery.ReplayResult;
import dev.proctorreviews.application.port.in.exam.ExamChange;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.exam.ExamUseCases;
import dev.proctorreviews.application.port.in.outcome.EventPage;
import dev.proctorreviews.application.port.in.outcome.ReadOutcomesUseCases;
import dev.proctorreviews.application.port.in.review.AppliedOutcome;
import dev.proctorreviews.application.port.in.review.ApplyReviewToAttemptUseCase;
import dev.proctorreviews.application.port.in.review.DeleteReviewUseCase;
import dev.proctorreviews.application.port.in.review.ReadReviewsUseCases;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.in.review.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.review.StaffDecisionResult;
import dev.proctorreviews.application.port.in.staff.MintSignInLinkUseCase;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.in.user.Retirement;
import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.in.subscription.NewSubscription;
import dev.proctorreviews.application.port.in.subscription.RetryResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionChange;
import dev.proctorreviews.application.port.in.subscription.SubscriptionResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionUseCases;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The core as the HTTP adapter sees it, answering whatever result a test sets: the routes and the answer
 * mapping under test, without services. Reads find nothing unless a test says otherwise.
 */
final class StubCore implements CoreUseCases {
    volatile Supplier<ReceiveReviewResult> received = () -> {
        throw new IllegalStateException("no callback result set");
    };
    volatile ExamResult exam;
    volatile AttemptResult attempt;
    volatile ArchiveResult archive = new ArchiveResult.NotFound(AttemptResult.Missing.ATTEMPT, "none");
    volatile StaffDecisionResult decision;
    volatile ReplayResult replay;
    volatile PageRequest askedPage;
    volatile SignInLinkResult signInLink;
    volatile SubscriptionResult subscription;
    volatile RetryResult retry;

    @Override
    public ReceiveVendorReviewUseCase receiveReview() {
        return command -> received.get();
    }

    @Override
    public UserUseCases users() {
        return new UserUseCases() {
            @Override
            public User register(User user) {
                return user;
            }

            @Override
            public Optional<User> get(UserId id) {
                return Optional.empty();
            }

            @Override
            public Optional<Retirement> retire(UserId user) {
                return Optional.empty();
            }
        };
    }

    @Override
    public ExamUseCases exams() {
        return new ExamUseCases() {
            @Override
            public ExamResult register(ExamDetails details) {
                return exam;
            }

            @Override
            public ExamResult update(ExamId id, ExamChange change) {
                return exam;
            }

            @Override
            public Optional<Exam> get(ExamId id) {
                return Optional.empty();
            }
        };
    }

    @Override
    public AttemptUseCases attempts() {
        return new AttemptUseCases() {
            @Override
            public AttemptResult register(RegisterAttemptCommand command) {
                return attempt;
            }

            @Override
            public Optional<Attempt> find(AttemptLookup lookup) {
                return Optional.empty();
            }

            @Override
            public AttemptResult change(AttemptId id, AttemptStatus status) {
                return attempt;
            }

            @Override
            public ArchiveResult archive(AttemptId id, Optional<UserId> requestingUser) {
                return archive;
            }
        };
    }

    @Override
    public ReadReviewsUseCases reviews() {
        return new ReadReviewsUseCases() {
            @Override
            public Optional<CurrentReview> get(AttemptCode code) {
                return Optional.empty();
            }

            @Override
            public Optional<List<HistoryEntry>> history(AttemptCode code) {
                return Optional.empty();
            }
        };
    }

    @Override
    public DeleteReviewUseCase deleteReview() {
        return code -> false;
    }

    @Override
    public RecordStaffDecisionUseCase staffDecisions() {
        return command -> decision;
    }

    @Override
    public ApplyReviewToAttemptUseCase applyReview() {
        return code -> Optional.<AppliedOutcome>empty();
    }

    @Override
    public ReadOutcomesUseCases outcomes() {
        return new ReadOutcomesUseCases() {
            @Override
            public List<CreditRequirement> credit(UserId user, CourseId course) {
                return List.of();
            }

            @Override
            public Page<SupportNotification> list(CourseId course, PageRequest page) {
                askedPage = page;
                return page.page(List.of(), n -> 0L);
            }

            @Override
            public EventPage read(long after, int limit) {
                return new EventPage(List.of(), after);
            }
        };
    }

    @Override
    public DeliveryUseCases deliveries() {
        return new DeliveryUseCases() {
            @Override
            public Page<ParkedDelivery> list(ParkedDelivery.DeliveryState state, PageRequest page) {
                askedPage = page;
                return page.page(List.of(), ParkedDelivery::id);
            }

            @Override
            public long countParked() {
                return 0;
            }

            @Override
            public ReplayResult replay(long deliveryId) {
                return replay;
            }
        };
    }

    @Override
    public MintSignInLinkUseCase signInLinks() {
        return (user, returnTo) -> signInLink;
    }

    @Override
    public SubscriptionUseCases subscriptions() {
        return new SubscriptionUseCases() {
            @Override
            public SubscriptionResult create(NewSubscription s) {
                return subscription;
            }

            @Override
            public List<Subscription> list() {
                return List.of();
            }

            @Override
            public Optional<Subscription> get(String id) {
                return Optional.empty();
            }

            @Override
            public SubscriptionResult update(String id, SubscriptionChange change) {
                return subscription;
            }

            @Override
            public boolean delete(String id) {
                return false;
            }

            @Override
            public SubscriptionResult rotateSecret(String id) {
                return subscription;
            }

            @Override
            public Optional<List<WebhookDelivery>> deliveries(String id, Optional<String> state, OptionalLong before,
                                                              int limit) {
                return Optional.empty();
            }

            @Override
            public RetryResult retry(String id, long deliveryId) {
                return retry;
            }

            @Override
            public Optional<Integer> recover(String id, Instant since) {
                return Optional.empty();
            }
        };
    }
}
