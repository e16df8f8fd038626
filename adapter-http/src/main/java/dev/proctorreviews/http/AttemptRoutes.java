package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.attempt.AttemptUseCases;
import dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.http.Representations.AttemptView;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** Exam attempts: registration, look-up, progress reported by the LMS, archiving (contract 3.3). */
final class AttemptRoutes implements RouteGroup {
    private static final Set<String> FIELDS = Set.of("exam_id", "user_id", "taking_as_proctored", "external_id");

    private final AttemptUseCases attempts;

    AttemptRoutes(AttemptUseCases attempts) {
        this.attempts = attempts;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.post(API + "/attempts", this::post);
        routes.get(API + "/attempts", this::findByCode);
        routes.get(API + "/attempts/{attempt_id}", this::get);
        routes.put(API + "/attempts/{attempt_id}/status", this::putStatus);
        routes.delete(API + "/attempts/{attempt_id}", this::delete);
    }

    private void post(Context ctx) {
        RequestBody body = RequestBody.of(ctx, FIELDS);
        Optional<Long> exam = body.requiredPositiveLong("exam_id");
        Optional<Long> user = body.requiredPositiveLong("user_id");
        boolean proctored = body.optionalBool("taking_as_proctored").orElse(true);
        Optional<String> external = body.optionalText("external_id", ExternalId.MAX_LENGTH);
        body.orReject();
        Answers.attempt(attempts.register(new RegisterAttemptCommand(new ExamId(exam.get()), new UserId(user.get()),
                proctored, external.map(ExternalId::new))), 201).writeTo(ctx);
    }

    private void findByCode(Context ctx) {
        String code = Params.query(ctx, "attempt_code").orElse(null);
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("attempt_code", "is required");
        }
        Answers.found(Params.attemptCode(code).flatMap(c -> attempts.find(new AttemptLookup.ByCode(c))),
                AttemptView::from, ProblemCode.ATTEMPT_NOT_FOUND, "Could not locate attempt_code=" + code)
                .writeTo(ctx);
    }

    private void get(Context ctx) {
        AttemptLookup lookup = new AttemptLookup.ById(new AttemptId(Params.pathId(ctx, "attempt_id")));
        Answers.found(attempts.find(lookup), AttemptView::from, ProblemCode.ATTEMPT_NOT_FOUND,
                lookup.notFoundDetail()).writeTo(ctx);
    }

    private void putStatus(Context ctx) {
        AttemptId id = new AttemptId(Params.pathId(ctx, "attempt_id"));
        RequestBody body = RequestBody.of(ctx, Set.of("status"));
        Optional<AttemptStatus> status = body.requiredText("status", 64).flatMap(s -> AttemptStatus.fromWireName(s)
                .or(() -> body.fail("status", "must be one of the attempt statuses")));
        body.orReject();
        Answers.attempt(attempts.change(id, status.get()), 200).writeTo(ctx);
    }

    private void delete(Context ctx) {
        AttemptId id = new AttemptId(Params.pathId(ctx, "attempt_id"));
        Optional<UserId> requestingUser = Params.optionalLong(ctx, "requesting_user_id", 1).map(UserId::new);
        Answers.archive(attempts.archive(id, requestingUser)).writeTo(ctx);
    }
}
