package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.LogText;
import dev.proctorreviews.application.Sha256;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.application.port.in.review.ReceiveReviewCommand;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.in.review.ReviewSummary;
import dev.proctorreviews.application.port.out.AttemptUnderReview;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.Notifications;
import dev.proctorreviews.application.port.out.ParkedDeliveries;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewHistory;
import dev.proctorreviews.application.port.out.ReviewPayloadReader;
import dev.proctorreviews.application.port.out.ReviewerReference;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.SeenWebhooks;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.application.port.out.VideoLinkVault;
import dev.proctorreviews.application.service.outcome.EventRecorder;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.event.ReviewReceived;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.KeptPayload;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewHead;
import dev.proctorreviews.domain.review.ReviewPolicy;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.Reviewer;
import dev.proctorreviews.domain.review.ReviewerPermission;
import dev.proctorreviews.domain.review.UpdateDecision;
import dev.proctorreviews.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives an authentic vendor delivery (contract section 2.4, steps 1 to 11) in one transaction: the replay
 * check, reading the payload, then, with the attempt locked, everything the review changes, so that concurrent
 * deliveries for one attempt are serialised and a failure leaves nothing behind.
 */
public final class ReceiveVendorReviewService implements ReceiveVendorReviewUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiveVendorReviewService.class);

    private final Transactions transactions;
    private final Attempts attempts;
    private final Users users;
    private final Reviews reviews;
    private final ReviewHistory history;
    private final Notifications notifications;
    private final SeenWebhooks seenWebhooks;
    private final ParkedDeliveries parked;
    private final Map<ReviewSource, ReviewPayloadReader> readers;
    private final VideoLinkVault vault;
    private final ApplyReviewService applyStep;
    private final ReviewPolicy policy;
    private final boolean callbackSimulation;
    private final String publicBaseUrl;
    private final Duration replayWindow;
    private final EventRecorder events;
    private final Clock clock;

    /**
     * The ports are the ones the workflow writes to; the core's one composition passes them, with the operator's
     * settings the workflow reads.
     */
    public ReceiveVendorReviewService(Transactions transactions, Attempts attempts, Users users,
                                      Reviews reviews, ReviewHistory history, Notifications notifications,
                                      SeenWebhooks seenWebhooks, ParkedDeliveries parked, Events events,
                                      Map<ReviewSource, ReviewPayloadReader> readers, VideoLinkVault vault,
                                      ApplyReviewService applyStep, ReviewPolicy policy,
                                      boolean callbackSimulation, String publicBaseUrl, Duration replayWindow,
                                      Clock clock) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.users = users;
        this.reviews = reviews;
        this.history = history;
        this.notifications = notifications;
        this.seenWebhooks = seenWebhooks;
        this.parked = parked;
        this.readers = Map.copyOf(readers);
        this.vault = vault;
        this.applyStep = applyStep;
        this.policy = policy;
        this.callbackSimulation = callbackSimulation;
        this.publicBaseUrl = publicBaseUrl;
        this.replayWindow = replayWindow;
        this.events = new EventRecorder(events, clock);
        this.clock = clock;
    }

    @Override
    public ReceiveReviewResult receive(ReceiveReviewCommand command) {
        ReviewPayloadReader reader = readers.get(command.vendor());
        if (reader == null) {
            throw new IllegalStateException("no payload reader for " + command.vendor());
        }
        Result outcome = transactions.inTransaction(() -> {
            Optional<ReviewSummary> replay = command.webhookId().flatMap(id -> replayOf(command.vendor(), id));
            if (replay.isPresent()) {
                return new Result(new ReceiveReviewResult.Replayed(replay.get()), null);
            }
            PayloadReading reading = reader.read(command.body(), command.externalIdFromRoute());
            if (reading instanceof PayloadReading.Malformed malformed) {
                return new Result(new ReceiveReviewResult.MalformedPayload(malformed.errors()), null);
            }
            if (reading instanceof PayloadReading.UnknownStatus unknown) {
                return new Result(new ReceiveReviewResult.BadReviewStatus(unknown.detail()), null);
            }
            NormalisedReview review = ((PayloadReading.Read) reading).review();
            Delivery delivery = new Delivery(command, review,
                    command.replayedSha256().orElseGet(() -> Sha256.hex(command.body())),
                    review.videoUrl().flatMap(vault::seal));
            return new Result(receiveLocked(delivery), delivery);
        });
        ReceiveReviewResult result = outcome.result();
        Delivery delivery = outcome.delivery();
        if (result instanceof ReceiveReviewResult.AttemptNotFound notFound) {
            park(delivery, ParkedDelivery.ParkReason.ATTEMPT_NOT_FOUND, notFound.detail());
        } else if (result instanceof ReceiveReviewResult.ExamNotProctored notProctored) {
            park(delivery, ParkedDelivery.ParkReason.EXAM_NOT_PROCTORED, notProctored.detail());
        }
        return result;
    }

    /**
     * Keeps an authentic delivery that cannot be applied yet, redacted, so that it is not lost: the vendor may
     * never send it again. Its own transaction: the delivery's transaction wrote nothing.
     */
    private void park(Delivery delivery, ParkedDelivery.ParkReason reason, String detail) {
        Instant now = clock.instant();
        ReceiveReviewCommand command = delivery.command();
        transactions.inTransaction(() -> {
            parked.park(ParkedDelivery.arrived(command.vendor(), command.externalIdFromRoute(),
                    delivery.review().attemptKey().namedCode(), delivery.review().redactedRawData(), delivery.sha256(),
                    reason, detail, now));
            return null;
        });
    }

    private ReceiveReviewResult receiveLocked(Delivery delivery) {
        NormalisedReview incoming = delivery.review();
        Optional<AttemptUnderReview> found = attempts.lockForReview(incoming.attemptKey().lookup());
        if (found.isEmpty()) {
            return new ReceiveReviewResult.AttemptNotFound(incoming.attemptKey().lookup().notFoundDetail());
        }
        Attempt attempt = found.get().attempt();
        Optional<String> claimed = incoming.attemptKey().claimedExternalId();
        if (claimed.isPresent() && !attempt.externalId().matches(claimed.get())) {
            if (!callbackSimulation) {
                return new ReceiveReviewResult.ExternalIdMismatch("Found attempt_code=" + attempt.code().value()
                        + ", but the recorded external_id did not match the ssiRecordLocator in the payload.");
            }
            LOG.warn("Callback simulation is on: accepting ssiRecordLocator that does not match attempt_code={}",
                    attempt.code().value());
        }
        Exam exam = found.get().exam();
        if (!exam.isProctored()) {
            return new ReceiveReviewResult.ExamNotProctored("The exam of attempt_code=" + attempt.code().value()
                    + " is no longer proctored; the review was not stored.");
        }
        Optional<ReviewHead> current = found.get().current();
        int nextVersion = found.get().nextVersion();
        UpdateDecision decision = UpdateDecision.forVendorReview(current, delivery.sha256(), policy);
        switch (decision) {
            case DUPLICATE:
                remember(delivery, attempt);
                return new ReceiveReviewResult.Duplicate(summary(attempt, current));
            case REFUSED:
                return new ReceiveReviewResult.ReviewAlreadyExists("attempt_code=" + attempt.code().value()
                        + " already has a review and review updates are switched off.");
            case SUPERSEDED_BY_STAFF_DECISION:
                Review superseded = newVersion(delivery, attempt, exam, nextVersion);
                reviews.saveVersion(superseded);
                history.add(attempt.code(), superseded.version(),
                        HistoryReason.SUPERSEDED_BY_STAFF_DECISION, clock.instant());
                remember(delivery, attempt);
                return new ReceiveReviewResult.SupersededByStaffDecision(summary(attempt, current));
            case FIRST_REVIEW:
            case REPLACE:
                return store(delivery, attempt, exam, current, nextVersion);
            default:
                throw new IllegalStateException("unhandled update decision " + decision);
        }
    }

    /**
     * Stores and applies a review. Both reads it may need (the reviewer, and the learner a support notification
     * names) come before the first write: the writes then leave together in one round trip at the commit instead
     * of being sent early to keep a read after them consistent.
     */
    private ReceiveReviewResult store(Delivery delivery, Attempt attempt, Exam exam, Optional<ReviewHead> current,
                                      int nextVersion) {
        Instant now = clock.instant();
        Review review = newVersion(delivery, attempt, exam, nextVersion);
        Optional<User> notifiedAbout = SupportNotification.isDue(review.status(), review.reviewer().isPresent())
                ? Optional.of(users.byId(attempt.userId()).orElseThrow(() -> new IllegalStateException(
                        "attempt " + attempt.id().value() + " refers to a missing user")))
                : Optional.empty();
        reviews.saveVersion(review);
        current.ifPresent(c -> history.add(attempt.code(), c.version(), HistoryReason.UPDATED,
                now));
        reviews.makeCurrent(attempt, review.version(), now);
        events.record(new ReviewReceived(exam, attempt, review.status()));
        var outcome = applyStep.applyTo(attempt, exam, review);
        notifiedAbout.ifPresent(learner -> notifications.add(attempt.code(), SupportNotification.about(publicBaseUrl,
                exam, attempt, learner, review.status(), now)));
        remember(delivery, attempt);
        return new ReceiveReviewResult.Applied(
                new ReviewSummary(attempt.code(), Optional.of(review.status()), outcome.after()));
    }

    private Review newVersion(Delivery delivery, Attempt attempt, Exam exam, int version) {
        NormalisedReview incoming = delivery.review();
        Optional<Reviewer> reviewer = incoming.reviewer().flatMap(this::findUser).map(user -> {
            ReviewerPermission.warningFor(user, exam, attempt.code()).ifPresent(w -> LOG.warn("{}", LogText.safe(w)));
            return new Reviewer(user.id(), user.username());
        });
        return Review.fromVendor(attempt.code(), version, delivery.command().vendor(),
                incoming.status(), reviewer, incoming.comments(),
                new KeptPayload(incoming.redactedRawData(), delivery.sha256(), delivery.sealedVideoUrl()),
                clock.instant());
    }

    private Optional<User> findUser(ReviewerReference reference) {
        if (reference instanceof ReviewerReference.ByEmail byEmail) {
            return users.byEmail(byEmail.email());
        }
        if (reference instanceof ReviewerReference.ByUsername byUsername) {
            return users.byUsername(byUsername.username());
        }
        throw new IllegalStateException("unknown reviewer reference " + reference);
    }

    private void remember(Delivery delivery, Attempt attempt) {
        delivery.command().webhookId().ifPresent(id ->
                seenWebhooks.remember(delivery.command().vendor(), id, attempt.code(), clock.instant()));
    }

    private ReviewSummary summary(Attempt attempt, Optional<ReviewHead> current) {
        return new ReviewSummary(attempt.code(), current.map(ReviewHead::status), attempt.status());
    }

    /**
     * The state of the attempt a webhook id was about, when that id was answered 2xx within the replay window.
     * Checked first, before the body is read: a vendor's retry is answered alike whatever its body.
     */
    private Optional<ReviewSummary> replayOf(ReviewSource vendor, String webhookId) {
        return seenWebhooks.seenSince(vendor, webhookId, clock.instant().minus(replayWindow))
                .flatMap(code -> attempts.find(new AttemptLookup.ByCode(code))
                        .map(attempt -> new ReviewSummary(code,
                                reviews.current(code).map(c -> c.review().status()), attempt.status())));
    }

    /** What the transaction decided, with the delivery it read (absent when it read none). */
    private record Result(ReceiveReviewResult result, Delivery delivery) {
    }

    /** One delivery on its way through the workflow. */
    private record Delivery(ReceiveReviewCommand command, NormalisedReview review, String sha256,
                            Optional<String> sealedVideoUrl) {
    }
}
