package dev.proctorreviews.http;

import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.Refusal;
import dev.proctorreviews.application.port.in.attempt.ArchiveResult;
import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.delivery.ReplayResult;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.StaffDecisionResult;
import dev.proctorreviews.application.port.in.staff.SignInLinkResult;
import dev.proctorreviews.application.port.in.subscription.RetryResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionResult;
import dev.proctorreviews.http.Representations.AttemptView;
import dev.proctorreviews.http.Representations.CreatedSubscriptionView;
import dev.proctorreviews.http.Representations.ExamView;
import dev.proctorreviews.http.Representations.ReviewView;
import dev.proctorreviews.http.Representations.SignInLinkView;
import dev.proctorreviews.http.Representations.SubscriptionView;
import dev.proctorreviews.http.Representations.WebhookDeliveryView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place use-case results become HTTP answers: every variant of every sealed result type, with its
 * status and problem code. An unmapped variant is a bug ({@code AnswersTest} proves each one is mapped).
 */
final class Answers {
    /** Each refusal variant's problem code: the one table of them. */
    private static final Map<Class<? extends Refusal>, ProblemCode> REFUSALS = Map.ofEntries(
            Map.entry(ReceiveReviewResult.BadReviewStatus.class, ProblemCode.BAD_REVIEW_STATUS),
            Map.entry(ReceiveReviewResult.AttemptNotFound.class, ProblemCode.ATTEMPT_NOT_FOUND),
            Map.entry(ReceiveReviewResult.ExternalIdMismatch.class, ProblemCode.EXTERNAL_ID_MISMATCH),
            Map.entry(ReceiveReviewResult.ExamNotProctored.class, ProblemCode.EXAM_NOT_PROCTORED),
            Map.entry(ReceiveReviewResult.ReviewAlreadyExists.class, ProblemCode.REVIEW_ALREADY_EXISTS),
            Map.entry(ReplayResult.NotFound.class, ProblemCode.DELIVERY_NOT_FOUND),
            Map.entry(ReplayResult.AlreadyReplayed.class, ProblemCode.DELIVERY_ALREADY_REPLAYED),
            Map.entry(ExamResult.NotFound.class, ProblemCode.EXAM_NOT_FOUND),
            Map.entry(ExamResult.AlreadyExists.class, ProblemCode.EXAM_ALREADY_EXISTS),
            Map.entry(AttemptResult.ExternalIdTaken.class, ProblemCode.EXTERNAL_ID_TAKEN),
            Map.entry(AttemptResult.Archived.class, ProblemCode.ATTEMPT_ARCHIVED),
            Map.entry(AttemptResult.IllegalTransition.class, ProblemCode.ILLEGAL_STATUS_TRANSITION),
            Map.entry(StaffDecisionResult.ReviewNotFound.class, ProblemCode.REVIEW_NOT_FOUND),
            Map.entry(StaffDecisionResult.ReviewerNotAllowed.class, ProblemCode.REVIEWER_NOT_ALLOWED),
            Map.entry(SignInLinkResult.UserNotFound.class, ProblemCode.USER_NOT_FOUND),
            Map.entry(SubscriptionResult.NotFound.class, ProblemCode.SUBSCRIPTION_NOT_FOUND),
            Map.entry(RetryResult.SubscriptionNotFound.class, ProblemCode.SUBSCRIPTION_NOT_FOUND),
            Map.entry(RetryResult.DeliveryNotFound.class, ProblemCode.DELIVERY_NOT_FOUND));

    private Answers() {
    }

    /** A vendor callback's result (contract section 2.4); replays of parked deliveries answer the same. */
    static Answer callback(ReceiveReviewResult result) {
        if (result instanceof ReceiveReviewResult.Applied applied) {
            return new Answer.Body(200, CallbackAnswer.applied(applied.summary()), "applied");
        }
        if (result instanceof ReceiveReviewResult.Replayed replayed) {
            return new Answer.Body(200, CallbackAnswer.duplicate(replayed.summary()), "replay");
        }
        if (result instanceof ReceiveReviewResult.Duplicate duplicate) {
            return new Answer.Body(200, CallbackAnswer.duplicate(duplicate.summary()), "duplicate");
        }
        if (result instanceof ReceiveReviewResult.SupersededByStaffDecision superseded) {
            return new Answer.Body(200, CallbackAnswer.kept(superseded.summary()), "superseded_by_staff_decision");
        }
        if (result instanceof ReceiveReviewResult.MalformedPayload malformed) {
            return new Answer.Problem(ProblemCode.MALFORMED_PAYLOAD, "The payload is not a valid review.",
                    malformed.errors());
        }
        return refused(result);
    }

    static Answer replay(ReplayResult result) {
        if (result instanceof ReplayResult.Replayed replayed) {
            return callback(replayed.result());
        }
        return refused(result);
    }

    /** @param status of success: 201 for a registration, 200 for a change */
    static Answer exam(ExamResult result, int status) {
        if (result instanceof ExamResult.Saved saved) {
            return new Answer.Body(status, ExamView.from(saved.exam()), "ok");
        }
        return refused(result);
    }

    /** @param status of success: 201 for a registration, 200 for a change */
    static Answer attempt(AttemptResult result, int status) {
        if (result instanceof AttemptResult.Saved saved) {
            return new Answer.Body(status, AttemptView.from(saved.attempt()), "ok");
        }
        if (result instanceof AttemptResult.NotFound notFound) {
            return new Answer.Problem(missing(notFound.missing()), notFound.detail());
        }
        return refused(result);
    }

    /** An archive: no content when done (now or before), else the missing attempt or requesting user. */
    static Answer archive(ArchiveResult result) {
        if (result instanceof ArchiveResult.Archived) {
            return new Answer.NoContent();
        }
        if (result instanceof ArchiveResult.NotFound notFound) {
            return new Answer.Problem(missing(notFound.missing()), notFound.detail());
        }
        throw unmapped(result);
    }

    static Answer decision(StaffDecisionResult result) {
        if (result instanceof StaffDecisionResult.Decided decided) {
            return Answer.ok(ReviewView.from(decided.review()));
        }
        return refused(result);
    }

    static Answer signInLink(SignInLinkResult result) {
        if (result instanceof SignInLinkResult.Minted minted) {
            return new Answer.Body(201, SignInLinkView.from(minted), "minted");
        }
        if (result instanceof SignInLinkResult.InvalidReturnTo invalid) {
            return new Answer.Problem(ProblemCode.INVALID_REQUEST, "The request has invalid fields.",
                    List.of(new FieldError("return_to", invalid.detail())));
        }
        return refused(result);
    }

    /** @param status of success: 201 for a creation, 200 for a change or a rotation */
    static Answer subscription(SubscriptionResult result, int status) {
        if (result instanceof SubscriptionResult.Saved saved) {
            return new Answer.Body(status, saved.secret().isPresent()
                    ? CreatedSubscriptionView.from(saved.subscription(), saved.secret().get())
                    : SubscriptionView.from(saved.subscription()), "ok");
        }
        if (result instanceof SubscriptionResult.Invalid invalid) {
            return new Answer.Problem(ProblemCode.INVALID_REQUEST, "The request has invalid fields.", invalid.errors());
        }
        if (result instanceof SubscriptionResult.UrlNotAllowed notAllowed) {
            return new Answer.Problem(ProblemCode.URL_NOT_ALLOWED, notAllowed.detail(),
                    List.of(new FieldError("url", "is not allowed")));
        }
        return refused(result);
    }

    static Answer retry(RetryResult result) {
        if (result instanceof RetryResult.Requeued requeued) {
            return new Answer.Body(202, WebhookDeliveryView.from(requeued.delivery()), "requeued");
        }
        return refused(result);
    }

    /** A read: the value's view, or {@code missing} with {@code detail} when there is none. */
    static <T> Answer found(Optional<T> value, Function<T, ?> view, ProblemCode missing, String detail) {
        return value.<Answer>map(v -> Answer.ok(view.apply(v))).orElseGet(() -> new Answer.Problem(missing, detail));
    }

    /** A removal: no content when done, else {@code missing} with {@code detail}. */
    static Answer removed(boolean done, ProblemCode missing, String detail) {
        return done ? new Answer.NoContent() : new Answer.Problem(missing, detail);
    }

    private static ProblemCode missing(AttemptResult.Missing missing) {
        switch (missing) {
            case EXAM:
                return ProblemCode.EXAM_NOT_FOUND;
            case USER:
                return ProblemCode.USER_NOT_FOUND;
            case ATTEMPT:
                return ProblemCode.ATTEMPT_NOT_FOUND;
            default:
                throw new IllegalStateException("unmapped missing resource " + missing);
        }
    }

    /** A refusal's problem, worded with the core's detail; a result that is no listed refusal is a bug. */
    private static Answer refused(Object result) {
        ProblemCode code = REFUSALS.get(result.getClass());
        if (code == null) {
            throw unmapped(result);
        }
        return new Answer.Problem(code, ((Refusal) result).detail());
    }

    private static IllegalStateException unmapped(Object result) {
        return new IllegalStateException("unmapped result " + result.getClass().getName());
    }
}
