package dev.proctorreviews.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.in.attempt.ArchiveResult;
import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.delivery.ReplayResult;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.ReviewSummary;
import dev.proctorreviews.application.port.in.review.StaffDecisionResult;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.in.subscription.RetryResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionResult;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every variant of every result type has its answer. The table below is checked against the sealed types'
 * permitted subclasses, so a new variant fails here until it is mapped and listed.
 */
class AnswersTest {
    static final ReviewSummary SUMMARY = new ReviewSummary(new AttemptCode("CODE"), Optional.of(ReviewStatus.CLEAN),
            AttemptStatus.VERIFIED);
    static final Exam EXAM = new Exam(new ExamId(4), new ExamDetails(new CourseId("foo/bar/baz"), "c", "Final", 10,
            true, false, Backend.PSI));
    static final Attempt ATTEMPT = new Attempt(new AttemptId(9), EXAM.id(), new UserId(7), new AttemptCode("CODE"),
            new ExternalId("Ext-1"), true, AttemptStatus.SUBMITTED, Optional.empty(), Optional.empty(), Instant.EPOCH,
            Instant.EPOCH);
    static final Subscription SUBSCRIPTION = new Subscription("sub_x", "https://lms.example.org/hooks",
            Optional.empty(), Optional.empty(), true, Optional.empty(), Instant.EPOCH);
    static final WebhookDelivery DELIVERY = new WebhookDelivery(3, java.util.UUID.randomUUID(), "review_received",
            Optional.of(12L), "pending", 0, Optional.of(Instant.EPOCH), Optional.empty(), java.util.OptionalInt.empty(),
            Optional.empty(), Optional.empty());
    static final CurrentReview REVIEW = new CurrentReview(new Review(new AttemptCode("CODE"), 1, ReviewStatus.CLEAN,
            ReviewSource.STAFF, Optional.empty(), "{}", Optional.empty(), Optional.empty(), List.of(), Instant.EPOCH),
            true, Instant.EPOCH, Instant.EPOCH);

    /** One example of each variant, the answer's status and its outcome (problem code or success name). */
    static Stream<Arguments> variants() {
        return Stream.of(
                callback(new ReceiveReviewResult.Applied(SUMMARY), 200, "applied"),
                callback(new ReceiveReviewResult.Replayed(SUMMARY), 200, "replay"),
                callback(new ReceiveReviewResult.Duplicate(SUMMARY), 200, "duplicate"),
                callback(new ReceiveReviewResult.SupersededByStaffDecision(SUMMARY), 200,
                        "superseded_by_staff_decision"),
                callback(new ReceiveReviewResult.MalformedPayload(List.of(new FieldError("status", "x"))), 400,
                        "malformed_payload"),
                callback(new ReceiveReviewResult.BadReviewStatus("bad"), 422, "bad_review_status"),
                callback(new ReceiveReviewResult.AttemptNotFound("none"), 404, "attempt_not_found"),
                callback(new ReceiveReviewResult.ExternalIdMismatch("mismatch"), 403, "external_id_mismatch"),
                callback(new ReceiveReviewResult.ExamNotProctored("off"), 412, "exam_not_proctored"),
                callback(new ReceiveReviewResult.ReviewAlreadyExists("exists"), 409, "review_already_exists"),
                replay(new ReplayResult.Replayed(new ReceiveReviewResult.Applied(SUMMARY)), 200, "applied"),
                replay(new ReplayResult.Replayed(new ReceiveReviewResult.AttemptNotFound("none")), 404,
                        "attempt_not_found"),
                replay(new ReplayResult.NotFound("none"), 404, "delivery_not_found"),
                replay(new ReplayResult.AlreadyReplayed("done"), 409, "delivery_already_replayed"),
                exam(new ExamResult.Saved(EXAM), 201, "ok"),
                exam(new ExamResult.NotFound("none"), 404, "exam_not_found"),
                exam(new ExamResult.AlreadyExists("twice"), 409, "exam_already_exists"),
                attempt(new AttemptResult.Saved(ATTEMPT), 201, "ok"),
                attempt(new AttemptResult.NotFound(AttemptResult.Missing.ATTEMPT, "none"), 404, "attempt_not_found"),
                attempt(new AttemptResult.NotFound(AttemptResult.Missing.EXAM, "none"), 404, "exam_not_found"),
                attempt(new AttemptResult.NotFound(AttemptResult.Missing.USER, "none"), 404, "user_not_found"),
                attempt(new AttemptResult.ExternalIdTaken("taken"), 409, "external_id_taken"),
                attempt(new AttemptResult.Archived("archived"), 409, "attempt_archived"),
                attempt(new AttemptResult.IllegalTransition("no"), 409, "illegal_status_transition"),
                archive(new ArchiveResult.Archived(), 204, "no_content"),
                archive(new ArchiveResult.NotFound(AttemptResult.Missing.ATTEMPT, "none"), 404, "attempt_not_found"),
                archive(new ArchiveResult.NotFound(AttemptResult.Missing.USER, "none"), 404, "user_not_found"),
                decision(new StaffDecisionResult.Decided(REVIEW), 200, "ok"),
                decision(new StaffDecisionResult.ReviewNotFound("none"), 404, "review_not_found"),
                decision(new StaffDecisionResult.ReviewerNotAllowed("no"), 403, "reviewer_not_allowed"),
                signInLink(new SignInLinkResult.Minted("http://localhost/sign-in/t", Instant.EPOCH), 201, "minted"),
                signInLink(new SignInLinkResult.InvalidReturnTo("off-site"), 400, "invalid_request"),
                signInLink(new SignInLinkResult.UserNotFound("none"), 404, "user_not_found"),
                subscription(new SubscriptionResult.Saved(SUBSCRIPTION, Optional.of("whsec_AQID")), 201, "ok"),
                subscription(new SubscriptionResult.NotFound("none"), 404, "subscription_not_found"),
                subscription(new SubscriptionResult.Invalid(List.of(new FieldError("url", "x"))), 400,
                        "invalid_request"),
                subscription(new SubscriptionResult.UrlNotAllowed("loopback"), 400, "url_not_allowed"),
                retry(new RetryResult.Requeued(DELIVERY), 202, "requeued"),
                retry(new RetryResult.SubscriptionNotFound("none"), 404, "subscription_not_found"),
                retry(new RetryResult.DeliveryNotFound("none"), 404, "delivery_not_found"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("variants")
    void eachVariantHasItsAnswer(Object result, Function<Object, Answer> mapping, int status, String outcome) {
        Answer answer = mapping.apply(result);

        assertThat(answer.outcome()).isEqualTo(outcome);
        if (answer instanceof Answer.Problem problem) {
            assertThat(problem.code().status).isEqualTo(status);
            assertThat(problem.code().wireName()).isEqualTo(outcome);
        } else if (answer instanceof Answer.Body body) {
            assertThat(body.status()).isEqualTo(status);
        } else {
            assertThat(answer).isInstanceOf(Answer.NoContent.class);
            assertThat(status).isEqualTo(204);
        }
    }

    @ParameterizedTest
    @MethodSource("resultTypes")
    void theTableListsEveryVariant(Class<?> resultType) {
        Set<Class<?>> listed = variants().map(a -> a.get()[0].getClass()).collect(Collectors.toSet());

        assertThat(listed).containsAll(Arrays.asList(resultType.getPermittedSubclasses()));
    }

    @Test
    void problemCodesAreDistinctAndTitled() {
        assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::wireName).distinct())
                .hasSize(ProblemCode.values().length);
        assertThat(ProblemCode.values()).allSatisfy(c -> assertThat(c.title).isNotBlank());
    }

    static Stream<Class<?>> resultTypes() {
        return Stream.of(ReceiveReviewResult.class, ReplayResult.class, ExamResult.class, AttemptResult.class,
                ArchiveResult.class, StaffDecisionResult.class, SignInLinkResult.class, SubscriptionResult.class,
                RetryResult.class);
    }

    private static Arguments callback(ReceiveReviewResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.callback((ReceiveReviewResult) r),
                status, outcome);
    }

    private static Arguments replay(ReplayResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.replay((ReplayResult) r), status,
                outcome);
    }

    private static Arguments exam(ExamResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.exam((ExamResult) r, 201), status,
                outcome);
    }

    private static Arguments attempt(AttemptResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.attempt((AttemptResult) r, 201), status,
                outcome);
    }

    private static Arguments archive(ArchiveResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.archive((ArchiveResult) r), status,
                outcome);
    }

    private static Arguments decision(StaffDecisionResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.decision((StaffDecisionResult) r),
                status, outcome);
    }

    private static Arguments subscription(SubscriptionResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.subscription((SubscriptionResult) r, 201),
                status, outcome);
    }

    private static Arguments retry(RetryResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.retry((RetryResult) r), status, outcome);
    }

    private static Arguments signInLink(SignInLinkResult result, int status, String outcome) {
        return Arguments.of(result, (Function<Object, Answer>) r -> Answers.signInLink((SignInLinkResult) r),
                status, outcome);
    }
}
