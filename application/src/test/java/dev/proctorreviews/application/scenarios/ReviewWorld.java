package dev.proctorreviews.application.scenarios;

import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.attempt.AttemptUseCases;
import dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand;
import dev.proctorreviews.application.port.in.delivery.DeliveryUseCases;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.exam.ExamUseCases;
import dev.proctorreviews.application.port.in.outcome.ReadOutcomesUseCases;
import dev.proctorreviews.application.port.in.review.ApplyReviewToAttemptUseCase;
import dev.proctorreviews.application.port.in.review.DeleteReviewUseCase;
import dev.proctorreviews.application.port.in.review.ReadReviewsUseCases;
import dev.proctorreviews.application.port.in.review.ReceiveReviewCommand;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.in.review.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewerReference;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.VendorAttemptKey;
import dev.proctorreviews.application.service.CoreSettings;
import dev.proctorreviews.application.service.ProctorCore;
import dev.proctorreviews.application.service.delivery.ForgetOldWebhooksService;
import dev.proctorreviews.application.service.outcome.LifecycleBus;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewPolicy;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.StandardStatus;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small world for workflow tests: the core's services over a given set of stores, with helpers that
 * register users, exams and attempts under fresh ids (so worlds can share one database) and deliver vendor
 * reviews shaped like the contract's fixtures (6 SoftwareSecure comments, 3 PSI comments).
 */
public final class ReviewWorld {
    public static final String BASE_URL = "https://lms.example";

    public final Stores stores;
    public final CourseId course = new CourseId("course-v1:Test+" + UUID.randomUUID());
    public final UserUseCases users;
    public final ExamUseCases exams;
    public final AttemptUseCases attempts;
    public final ApplyReviewToAttemptUseCase apply;
    public final ReceiveVendorReviewUseCase receive;
    public final RecordStaffDecisionUseCase staffDecisions;
    public final DeleteReviewUseCase deletes;
    public final ReadReviewsUseCases reads;
    public final ReadOutcomesUseCases outcomes;
    public final ForgetOldWebhooksService forgetOldWebhooks;
    public final DeliveryUseCases parked;

    /** The lifecycle events the core captured and counted (every world has a bus, so every scenario captures). */
    public final RecordedLifecycle lifecycle = new RecordedLifecycle();

    private final ScriptedPayloadReader softwareSecure = new ScriptedPayloadReader();
    private final ScriptedPayloadReader psi = new ScriptedPayloadReader();
    private final AtomicInteger contentIds = new AtomicInteger();

    /** The core as the service assembles it, over {@code stores}, with scripted payload readers. */
    public ReviewWorld(Stores stores, CoreSettings settings) {
        this.stores = stores;
        ProctorCore core = ProctorCore.assemble(stores, Map.of(ReviewSource.SOFTWARE_SECURE, softwareSecure,
                ReviewSource.PSI, psi), url -> Optional.of("sealed:" + url.length()), settings,
                Optional.of(new LifecycleBus(lifecycle, lifecycle)), Clock.systemUTC());
        this.users = core.users();
        this.exams = core.exams();
        this.attempts = core.attempts();
        this.apply = core.applyReview();
        this.receive = core.receiveReview();
        this.staffDecisions = core.staffDecisions();
        this.deletes = core.deleteReview();
        this.reads = core.reviews();
        this.outcomes = core.outcomes();
        this.forgetOldWebhooks = core.forgetOldWebhooks();
        this.parked = core.deliveries();
    }

    public ReviewWorld(Stores stores) {
        this(stores, settings(ReviewPolicy.defaults()));
    }

    /** Settings with {@code policy}, record locators checked, links under {@link #BASE_URL}. */
    public static CoreSettings settings(ReviewPolicy policy) {
        return new CoreSettings(policy, false, BASE_URL, Duration.ofHours(24));
    }

    public User user(String username, boolean globalStaff, Set<CourseId> staffCourses) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return users.register(new User(new UserId(id), username, username + "-" + id + "@example.com",
                globalStaff, staffCourses));
    }

    public User learner() {
        return user("learner", false, Set.of());
    }

    public Exam exam(Backend backend, boolean practice) {
        ExamDetails details = new ExamDetails(course, "content-" + contentIds.incrementAndGet(), "Midterm Exam",
                60, true, practice, backend);
        return ((ExamResult.Saved) exams.register(details)).exam();
    }

    public Attempt attempt(Exam exam, User learner) {
        return attempt(exam, learner, "ext-" + UUID.randomUUID());
    }

    public Attempt attempt(Exam exam, User learner, String externalId) {
        AttemptResult result = attempts.register(new RegisterAttemptCommand(exam.id(), learner.id(), true,
                Optional.of(new ExternalId(externalId))));
        return ((AttemptResult.Saved) result).attempt();
    }

    public Attempt reload(Attempt attempt) {
        return attempts.find(new AttemptLookup.ById(attempt.id())).orElseThrow();
    }

    /** A SoftwareSecure review with the fixture's 6 comments, its locator equal to the attempt's external id. */
    public ReceiveReviewResult softwareSecure(Attempt attempt, String reviewStatus) {
        return softwareSecure(attempt, reviewStatus, attempt.externalId().value(), Optional.empty(),
                Optional.empty());
    }

    public ReceiveReviewResult softwareSecure(Attempt attempt, String reviewStatus, String locator,
                                              Optional<String> proctorUsername, Optional<String> webhookId) {
        String body = "ss|" + attempt.code().value() + "|" + locator + "|" + reviewStatus + "|" + proctorUsername;
        PayloadReading reading = ReviewStatus.fromLabel(reviewStatus)
                .<PayloadReading>map(status -> new PayloadReading.Read(new NormalisedReview(
                        new VendorAttemptKey.CodeAndLocator(attempt.code(), locator), status, comments(6),
                        proctorUsername.map(ReviewerReference.ByUsername::new), "{\"reviewStatus\":\"x\"}",
                        Optional.of("https://video.example/" + attempt.code().value()))))
                .orElseGet(() -> new PayloadReading.UnknownStatus(reviewStatus,
                        "Received unexpected reviewStatus field value from payload. Was " + reviewStatus + "."));
        return receive.receive(ReceiveReviewCommand.delivered(ReviewSource.SOFTWARE_SECURE,
                softwareSecure.script(body, reading), Optional.empty(), webhookId));
    }

    /** A PSI review with the fixture's 3 comments, addressed by the attempt's external id. */
    public ReceiveReviewResult psi(Attempt attempt, String standardStatus, Optional<String> reviewedBy) {
        return psi(attempt.externalId().value(), standardStatus, reviewedBy);
    }

    public ReceiveReviewResult psi(String externalId, String standardStatus, Optional<String> reviewedBy) {
        String body = "psi|" + externalId + "|" + standardStatus + "|" + reviewedBy;
        PayloadReading reading = StandardStatus.fromWireName(standardStatus)
                .<PayloadReading>map(status -> new PayloadReading.Read(new NormalisedReview(
                        new VendorAttemptKey.External(new ExternalId(externalId)), status.toStored(), comments(3),
                        reviewedBy.map(ReviewerReference.ByEmail::new), "{\"psi\":\"" + body + "\"}",
                        Optional.empty())))
                .orElseGet(() -> new PayloadReading.UnknownStatus(standardStatus,
                        "Received unexpected status field value from payload. Was " + standardStatus + "."));
        return receive.receive(ReceiveReviewCommand.delivered(ReviewSource.PSI, psi.script(body, reading),
                Optional.of(externalId), Optional.empty()));
    }

    private static List<ReviewComment> comments(int count) {
        List<ReviewComment> comments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            comments.add(new ReviewComment(i * 10, i * 10 + 5, 5, "comment " + i, "Suspicious"));
        }
        return comments;
    }
}
