package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.review.AppliedOutcome;
import dev.proctorreviews.application.port.in.review.ApplyReviewToAttemptUseCase;
import dev.proctorreviews.application.port.in.review.DeleteReviewUseCase;
import dev.proctorreviews.application.port.in.review.ReadReviewsUseCases;
import dev.proctorreviews.application.port.in.review.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.review.StaffDecisionCommand;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.review.StandardStatus;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.http.Representations.AppliedView;
import dev.proctorreviews.http.Representations.HistoryView;
import dev.proctorreviews.http.Representations.ReviewView;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** An attempt's review: read, history, delete (contract 3.4), staff decision (3.6), re-apply (an extension). */
final class ReviewRoutes implements RouteGroup {
    private final ReadReviewsUseCases reviews;
    private final DeleteReviewUseCase deletes;
    private final RecordStaffDecisionUseCase decisions;
    private final ApplyReviewToAttemptUseCase apply;

    ReviewRoutes(ReadReviewsUseCases reviews, DeleteReviewUseCase deletes, RecordStaffDecisionUseCase decisions,
                 ApplyReviewToAttemptUseCase apply) {
        this.reviews = reviews;
        this.deletes = deletes;
        this.decisions = decisions;
        this.apply = apply;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.get(API + "/reviews/{attempt_code}", this::get);
        routes.delete(API + "/reviews/{attempt_code}", this::delete);
        routes.get(API + "/reviews/{attempt_code}/history", this::history);
        routes.post(API + "/reviews/{attempt_code}/decision", this::decide);
        routes.post(API + "/reviews/{attempt_code}/apply", this::apply);
    }

    private void get(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        Answers.found(Params.attemptCode(code).flatMap(reviews::get), ReviewView::from, ProblemCode.REVIEW_NOT_FOUND,
                noReview(code)).writeTo(ctx);
    }

    private void delete(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        Answers.removed(Params.attemptCode(code).map(deletes::delete).orElse(false), ProblemCode.REVIEW_NOT_FOUND,
                noReview(code)).writeTo(ctx);
    }

    private void history(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        Answers.found(Params.attemptCode(code).flatMap(reviews::history), HistoryView::from,
                ProblemCode.ATTEMPT_NOT_FOUND, "Could not locate attempt_code=" + code).writeTo(ctx);
    }

    private void decide(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        RequestBody body = RequestBody.of(ctx, Set.of("status", "reviewer_email"));
        Optional<StandardStatus> status = body.requiredText("status", 32).flatMap(s -> StandardStatus.fromWireName(s)
                .or(() -> body.fail("status", "must be passed, violation, suspicious or not_reviewed")));
        Optional<String> reviewer = body.requiredText("reviewer_email", User.MAX_EMAIL_LENGTH);
        body.orReject();
        Optional<AttemptCode> attemptCode = Params.attemptCode(code);
        Answer answer = attemptCode.isEmpty() ? new Answer.Problem(ProblemCode.REVIEW_NOT_FOUND, noReview(code))
                : Answers.decision(decisions.decide(new StaffDecisionCommand(attemptCode.get(), status.get(),
                        reviewer.get())));
        answer.writeTo(ctx);
    }

    /** Re-applies the current review to its attempt (e.g. after the passing statuses changed). */
    private void apply(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        Answers.found(Params.attemptCode(code).flatMap(apply::apply), outcome -> applied(code, outcome),
                ProblemCode.REVIEW_NOT_FOUND, noReview(code)).writeTo(ctx);
    }

    private static AppliedView applied(String code, AppliedOutcome outcome) {
        return new AppliedView(code, outcome.before().wireName(), outcome.after().wireName(),
                outcome.credit().map(CreditStatus::wireName).orElse(null));
    }

    private static String noReview(String code) {
        return "There is no review for attempt_code=" + code;
    }
}
