package dev.proctorreviews.web;

import dev.proctorreviews.application.crypto.AesGcmVideoLinkVault;
import dev.proctorreviews.application.fakes.InMemoryStores;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.attempt.AttemptUseCases;
import dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.exam.ExamUseCases;
import dev.proctorreviews.application.port.in.review.ReadReviewsUseCases;
import dev.proctorreviews.application.port.in.review.ReceiveReviewCommand;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.VendorAttemptKey;
import dev.proctorreviews.application.scenarios.ScriptedPayloadReader;
import dev.proctorreviews.application.service.CoreSettings;
import dev.proctorreviews.application.service.ProctorCore;
import dev.proctorreviews.application.service.staff.ReviewPagesService;
import dev.proctorreviews.application.service.staff.StaffSignInService;
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
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The review pages on a small Javalin server of their own, over the real services and the in-memory stores:
 * reviews arrive through the real receiving service, decisions go through the real decision service.
 */
final class PagesWorld implements AutoCloseable {
    final Stores stores = InMemoryStores.create();
    final int port = freePort();
    final String baseUrl = "http://127.0.0.1:" + port;
    final UserUseCases users;
    final ExamUseCases exams;
    final AttemptUseCases attempts;
    final ReadReviewsUseCases reads;
    final StaffSignInService signIn;
    private final ProctorCore core;
    private final ScriptedPayloadReader vendor = new ScriptedPayloadReader();
    private final AtomicInteger contentIds = new AtomicInteger();
    private final Javalin server;

    PagesWorld(Optional<OidcSettings> oidc) {
        this(oidc, UnaryOperator.identity());
    }

    /** With {@code admitted} as the server's admission control around every page. */
    PagesWorld(Optional<OidcSettings> oidc, UnaryOperator<Handler> admitted) {
        Clock clock = Clock.systemUTC();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        AesGcmVideoLinkVault vault = new AesGcmVideoLinkVault(key);
        ReviewPolicy policy = ReviewPolicy.defaults();
        this.core = ProctorCore.assemble(stores, Map.of(ReviewSource.SOFTWARE_SECURE, vendor), vault,
                new CoreSettings(policy, false, baseUrl, CoreSettings.DEFAULT_REPLAY_WINDOW),
                Optional.empty(), clock);
        this.users = core.users();
        this.exams = core.exams();
        this.attempts = core.attempts();
        this.reads = core.reviews();
        this.signIn = core.staffSignIn();
        ReviewPagesService boards = core.reviewPages();
        PageUseCases useCases = new PageUseCases(exams, attempts, users, reads, reads,
                core.staffDecisions(), boards, boards, boards, signIn, signIn);
        ReviewPages pages = new ReviewPages(new PageSettings(baseUrl, Optional.empty(), oidc), useCases);
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            pages.register(config, admitted);
        }).start("127.0.0.1", port);
    }

    User user(String username, boolean globalStaff, Set<CourseId> staffCourses) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return users.register(new User(new UserId(id), username, username + "-" + id + "@example.com", globalStaff,
                staffCourses));
    }

    Exam exam(CourseId course, String name) {
        return ((ExamResult.Saved) exams.register(new ExamDetails(course, "content-" + contentIds.incrementAndGet(),
                name, 60, true, false, Backend.SOFTWARE_SECURE))).exam();
    }

    Attempt attempt(Exam exam, User learner) {
        return ((AttemptResult.Saved) attempts.register(new RegisterAttemptCommand(exam.id(), learner.id(), true,
                Optional.of(new ExternalId("ext-" + UUID.randomUUID()))))).attempt();
    }

    Attempt reload(Attempt attempt) {
        return attempts.find(new AttemptLookup.ById(attempt.id())).orElseThrow();
    }

    /** A SoftwareSecure review arriving through the receiving service, with a video link kept sealed. */
    void review(Attempt attempt, ReviewStatus status, List<ReviewComment> comments, Optional<String> videoUrl) {
        String body = "ss|" + attempt.code().value() + "|" + UUID.randomUUID();
        byte[] bytes = vendor.script(body, new PayloadReading.Read(new NormalisedReview(
                new VendorAttemptKey.CodeAndLocator(attempt.code(), attempt.externalId().value()), status, comments,
                Optional.empty(), "{\"reviewStatus\":\"" + status.label() + "\",\"n\":\"" + body + "\"}",
                videoUrl)));
        core.receiveReview().receive(ReceiveReviewCommand.delivered(ReviewSource.SOFTWARE_SECURE, bytes, Optional.empty(),
                Optional.empty()));
    }

    /** The link the platform would mint for a user, as the management endpoint hands it out. */
    String signInLink(User user, String returnTo) {
        return ((SignInLinkResult.Minted) signIn.mint(user.id(), returnTo)).url();
    }

    /** The path and query of the course's newest notification's {@code review_url}. */
    String notificationLink(CourseId course) {
        List<dev.proctorreviews.domain.notification.SupportNotification> all = core.outcomes()
                .list(course, PageRequest.of(0, PageRequest.MAX_LIMIT)).items();
        return all.get(all.size() - 1).reviewUrl();
    }

    @Override
    public void close() {
        server.stop();
    }

    static Duration timeout() {
        return Duration.ofSeconds(10);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
