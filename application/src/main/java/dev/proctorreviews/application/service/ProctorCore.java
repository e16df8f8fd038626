package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.CoreUseCases;
import dev.proctorreviews.application.port.in.attempt.AttemptUseCases;
import dev.proctorreviews.application.port.in.delivery.DeliveryUseCases;
import dev.proctorreviews.application.port.in.exam.ExamUseCases;
import dev.proctorreviews.application.port.in.outcome.ReadOutcomesUseCases;
import dev.proctorreviews.application.port.in.review.ApplyReviewToAttemptUseCase;
import dev.proctorreviews.application.port.in.review.DeleteReviewUseCase;
import dev.proctorreviews.application.port.in.review.ReadReviewsUseCases;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.in.review.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.staff.MintSignInLinkUseCase;
import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.application.port.in.subscription.SubscriptionUseCases;
import dev.proctorreviews.application.port.out.ReviewPayloadReader;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.VideoLinkVault;
import dev.proctorreviews.application.service.attempt.ManageAttemptsService;
import dev.proctorreviews.application.service.delivery.ForgetOldWebhooksService;
import dev.proctorreviews.application.service.delivery.ParkedDeliveriesService;
import dev.proctorreviews.application.service.exam.ManageExamsService;
import dev.proctorreviews.application.service.outcome.LifecycleBus;
import dev.proctorreviews.application.service.outcome.LifecycleRecorder;
import dev.proctorreviews.application.service.outcome.ReadOutcomesService;
import dev.proctorreviews.application.service.review.ApplyReviewService;
import dev.proctorreviews.application.service.review.DeleteReviewService;
import dev.proctorreviews.application.service.review.ReadReviewsService;
import dev.proctorreviews.application.service.review.ReceiveVendorReviewService;
import dev.proctorreviews.application.service.review.RecordStaffDecisionService;
import dev.proctorreviews.application.service.staff.ReviewPagesService;
import dev.proctorreviews.application.service.staff.StaffSignInService;
import dev.proctorreviews.application.service.user.ManageUsersService;
import dev.proctorreviews.application.service.subscription.ManageSubscriptionsService;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The core assembled from its driven ports: every service, each given only the ports it uses. The one place
 * the core is wired, used by the service's bootstrap and by the test worlds alike, so that tests exercise the
 * wiring that runs.
 */
public final class ProctorCore implements CoreUseCases {
    private final ReceiveVendorReviewService receive;
    private final ManageUsersService users;
    private final ManageExamsService exams;
    private final ManageAttemptsService attempts;
    private final ReadReviewsService reviews;
    private final DeleteReviewService deleteReview;
    private final RecordStaffDecisionService staffDecisions;
    private final ApplyReviewService applyReview;
    private final ReadOutcomesService outcomes;
    private final ParkedDeliveriesService deliveries;
    private final ForgetOldWebhooksService forgetOldWebhooks;
    private final StaffSignInService staffSignIn;
    private final ReviewPagesService reviewPages;
    private final ManageSubscriptionsService subscriptions;

    private ProctorCore(Stores stores, Map<ReviewSource, ReviewPayloadReader> readers, VideoLinkVault vault,
                        CoreSettings settings, Optional<LifecycleBus> bus, Clock clock) {
        Transactions tx = stores.transactions();
        LifecycleRecorder lifecycle = new LifecycleRecorder(bus, stores.outbox(), stores.users(), stores.exams(),
                clock);
        this.applyReview = new ApplyReviewService(tx, stores.attempts(), stores.reviews(), stores.exams(),
                stores.credit(), stores.events(), lifecycle, settings.policy(), clock);
        this.receive = new ReceiveVendorReviewService(tx, stores.attempts(), stores.users(),
                stores.reviews(), stores.history(), stores.notifications(), stores.seenWebhooks(),
                stores.parkedDeliveries(), stores.events(), readers, vault, applyReview, settings.policy(),
                settings.callbackSimulation(), settings.publicBaseUrl(), settings.replayWindow(), clock);
        this.users = new ManageUsersService(tx, stores.users(), stores.reviews(), stores.attempts(),
                stores.exams(), stores.parkedDeliveries(), stores.notifications());
        this.exams = new ManageExamsService(tx, stores.exams());
        this.attempts = new ManageAttemptsService(tx, stores.exams(), stores.users(), stores.attempts(),
                stores.reviews(), stores.events(), lifecycle, clock);
        this.reviews = new ReadReviewsService(tx, stores.attempts(), stores.reviews(), stores.history());
        this.deleteReview = new DeleteReviewService(tx, stores.attempts(), stores.reviews(), stores.history(), clock);
        this.staffDecisions = new RecordStaffDecisionService(tx, stores.attempts(), stores.exams(), stores.users(),
                stores.reviews(), stores.history(), stores.events(), applyReview, clock);
        this.outcomes = new ReadOutcomesService(tx, stores.credit(), stores.notifications(), stores.events());
        this.deliveries = new ParkedDeliveriesService(tx, stores.parkedDeliveries(), receive, clock);
        this.forgetOldWebhooks = new ForgetOldWebhooksService(tx, stores.seenWebhooks(), settings.replayWindow(),
                clock);
        this.staffSignIn = new StaffSignInService(tx, stores.users(), stores.staffSessions(), stores.signInLinks(),
                clock, settings.publicBaseUrl());
        this.reviewPages = new ReviewPagesService(tx, stores.reviewBoards(), stores.reviews(), vault.opener());
        this.subscriptions = new ManageSubscriptionsService(tx, stores.subscriptions(), settings.outboundTargets(),
                clock);
    }

    /**
     * @param stores  the driven ports, sharing one transaction port
     * @param readers the payload reader of each vendor
     * @param vault   seals video links (or declines to keep them)
     * @param bus     the learning platform's event bus, when one is configured: lifecycle changes are then
     *                captured for it
     */
    public static ProctorCore assemble(Stores stores, Map<ReviewSource, ReviewPayloadReader> readers,
                                       VideoLinkVault vault, CoreSettings settings, Optional<LifecycleBus> bus,
                                       Clock clock) {
        return new ProctorCore(stores, readers, vault, settings, bus, clock);
    }

    @Override
    public ReceiveVendorReviewUseCase receiveReview() {
        return receive;
    }

    @Override
    public UserUseCases users() {
        return users;
    }

    @Override
    public ExamUseCases exams() {
        return exams;
    }

    @Override
    public AttemptUseCases attempts() {
        return attempts;
    }

    @Override
    public ReadReviewsUseCases reviews() {
        return reviews;
    }

    @Override
    public DeleteReviewUseCase deleteReview() {
        return deleteReview;
    }

    @Override
    public RecordStaffDecisionUseCase staffDecisions() {
        return staffDecisions;
    }

    @Override
    public ApplyReviewToAttemptUseCase applyReview() {
        return applyReview;
    }

    @Override
    public ReadOutcomesUseCases outcomes() {
        return outcomes;
    }

    @Override
    public DeliveryUseCases deliveries() {
        return deliveries;
    }

    @Override
    public MintSignInLinkUseCase signInLinks() {
        return staffSignIn;
    }

    @Override
    public SubscriptionUseCases subscriptions() {
        return subscriptions;
    }

    /** Staff sign-in and sessions, for the review pages (a separate driving adapter, not the API). */
    public StaffSignInService staffSignIn() {
        return staffSignIn;
    }

    /** The read models of the review pages and the recording link they open. */
    public ReviewPagesService reviewPages() {
        return reviewPages;
    }

    /** Housekeeping, not a use case any adapter drives: the bootstrap schedules it. */
    public ForgetOldWebhooksService forgetOldWebhooks() {
        return forgetOldWebhooks;
    }
}
