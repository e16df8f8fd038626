package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.AppliedOutcome;
import dev.proctorreviews.application.port.in.AttemptResult;
import dev.proctorreviews.application.port.in.ExamChange;
import dev.proctorreviews.application.port.in.ExamResult;
import dev.proctorreviews.application.port.in.ReadEventsUseCase;
import dev.proctorreviews.application.port.in.RegisterAttemptCommand;
import dev.proctorreviews.application.port.in.ReplayResult;
import dev.proctorreviews.application.port.in.StaffDecisionCommand;
import dev.proctorreviews.application.port.in.StaffDecisionResult;
import dev.proctorreviews.application.port.out.ParkedDelivery.DeliveryState;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.review.StandardStatus;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.http.Representations.AppliedView;
import dev.proctorreviews.http.Representations.AttemptView;
import dev.proctorreviews.http.Representations.CreditView;
import dev.proctorreviews.http.Representations.DeliveriesView;
import dev.proctorreviews.http.Representations.EventsView;
import dev.proctorreviews.http.Representations.ExamView;
import dev.proctorreviews.http.Representations.HistoryView;
import dev.proctorreviews.http.Representations.NotificationsView;
import dev.proctorreviews.http.Representations.ReviewView;
import dev.proctorreviews.http.Representations.UserView;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The management API under {@code /api/v1} (contract section 3); authentication is checked before it. */
final class ManagementRoutes {
    static final String PREFIX = "/api/v1";
    private static final Set<String> USER_FIELDS = Set.of("username", "email", "is_staff", "staff_course_ids");
    private static final Set<String> EXAM_FIELDS = Set.of("course_id", "content_id", "exam_name", "time_limit_mins",
            "is_proctored", "is_practice_exam", "backend");
    private static final Set<String> ATTEMPT_FIELDS = Set.of("exam_id", "user_id", "taking_as_proctored",
            "external_id");

    private final UseCases useCases;

    ManagementRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(GuardedRoutes routes) {
        routes.put(PREFIX + "/users/{user_id}", this::putUser);
        routes.get(PREFIX + "/users/{user_id}", this::getUser);
        routes.post(PREFIX + "/exams", this::postExam);
        routes.get(PREFIX + "/exams/{exam_id}", this::getExam);
        routes.patch(PREFIX + "/exams/{exam_id}", this::patchExam);
        routes.post(PREFIX + "/attempts", this::postAttempt);
        routes.get(PREFIX + "/attempts", this::findAttemptByCode);
        routes.get(PREFIX + "/attempts/{attempt_id}", this::getAttempt);
        routes.put(PREFIX + "/attempts/{attempt_id}/status", this::putAttemptStatus);
        routes.delete(PREFIX + "/attempts/{attempt_id}", this::deleteAttempt);
        routes.get(PREFIX + "/reviews/{attempt_code}", this::getReview);
        routes.delete(PREFIX + "/reviews/{attempt_code}", this::deleteReview);
        routes.get(PREFIX + "/reviews/{attempt_code}/history", this::getHistory);
        routes.post(PREFIX + "/reviews/{attempt_code}/decision", this::postDecision);
        routes.post(PREFIX + "/reviews/{attempt_code}/apply", this::postApply);
        routes.get(PREFIX + "/credit", this::getCredit);
        routes.get(PREFIX + "/notifications", this::getNotifications);
        routes.get(PREFIX + "/events", this::getEvents);
        routes.post(PREFIX + "/users/{user_id}/retire", this::retireUser);
        routes.get(PREFIX + "/deliveries", this::listDeliveries);
        routes.post(PREFIX + "/deliveries/{delivery_id}/replay", this::replayDelivery);
    }

    private void retireUser(Context ctx) {
        UserId id = new UserId(pathId(ctx, "user_id"));
        int blanked = useCases.retireUser().retire(id).orElseThrow(() ->
                ProblemException.notFound("user_not_found", "Could not locate user with id=" + id.value()));
        Json.write(ctx, Map.of("user_id", id.value(), "review_versions_retired", blanked));
    }

    private void listDeliveries(Context ctx) {
        String raw = Optional.ofNullable(ctx.queryParam("state")).orElse("parked");
        DeliveryState state = DeliveryState.fromWireName(raw).orElseThrow(() ->
                ProblemException.invalid("state", "must be parked or replayed"));
        Json.write(ctx, DeliveriesView.from(useCases.listDeliveries().list(state)));
    }

    private void replayDelivery(Context ctx) {
        long id = pathId(ctx, "delivery_id");
        ReplayResult result = useCases.replayDelivery().replay(id);
        if (result instanceof ReplayResult.Replayed replayed) {
            CallbackRoutes.answer(ctx, replayed.result());
        } else if (result instanceof ReplayResult.NotFound notFound) {
            throw ProblemException.notFound("delivery_not_found", notFound.detail());
        } else if (result instanceof ReplayResult.AlreadyReplayed already) {
            throw new ProblemException(409, "delivery_already_replayed", already.detail());
        } else {
            throw new IllegalStateException("unmapped result " + result);
        }
    }

    private void putUser(Context ctx) {
        UserId id = new UserId(pathId(ctx, "user_id"));
        RequestBody body = RequestBody.of(ctx, USER_FIELDS);
        Optional<String> username = body.text("username", true, User.MAX_USERNAME_LENGTH);
        Optional<String> email = body.text("email", true, User.MAX_EMAIL_LENGTH);
        email.filter(e -> !e.contains("@")).ifPresent(e -> body.fail("email", "must be an e-mail address"));
        boolean staff = body.bool("is_staff", false).orElse(false);
        List<String> courses = body.texts("staff_course_ids", CourseId.MAX_LENGTH).orElse(List.of());
        body.orReject();
        Set<CourseId> staffCourses = new HashSet<>();
        courses.forEach(c -> staffCourses.add(new CourseId(c)));
        User user = useCases.registerUser().register(new User(id, username.get(), email.get(), staff, staffCourses));
        Json.write(ctx.status(200), UserView.from(user));
    }

    private void getUser(Context ctx) {
        UserId id = new UserId(pathId(ctx, "user_id"));
        User user = useCases.getUser().get(id).orElseThrow(() ->
                ProblemException.notFound("user_not_found", "Could not locate user with id=" + id.value()));
        Json.write(ctx, UserView.from(user));
    }

    private void postExam(Context ctx) {
        RequestBody body = RequestBody.of(ctx, EXAM_FIELDS);
        Optional<String> course = body.text("course_id", true, CourseId.MAX_LENGTH);
        Optional<String> content = body.text("content_id", true, ExamDetails.MAX_TEXT_LENGTH);
        Optional<String> name = body.text("exam_name", true, ExamDetails.MAX_TEXT_LENGTH);
        int timeLimit = body.nonNegativeInt("time_limit_mins", false).orElse(0);
        boolean proctored = body.bool("is_proctored", false).orElse(true);
        boolean practice = body.bool("is_practice_exam", false).orElse(false);
        Optional<Backend> backend = backend(body, true);
        body.orReject();
        ExamResult result = useCases.registerExam().register(new ExamDetails(new CourseId(course.get()),
                content.get(), name.get(), timeLimit, proctored, practice, backend.get()));
        answerExam(ctx, result, 201);
    }

    private void getExam(Context ctx) {
        ExamId id = new ExamId(pathId(ctx, "exam_id"));
        Json.write(ctx, ExamView.from(useCases.getExam().get(id).orElseThrow(() ->
                ProblemException.notFound("exam_not_found", "Could not locate exam with id=" + id.value()))));
    }

    private void patchExam(Context ctx) {
        ExamId id = new ExamId(pathId(ctx, "exam_id"));
        RequestBody body = RequestBody.of(ctx, EXAM_FIELDS);
        ExamChange change = new ExamChange(body.text("course_id", false, CourseId.MAX_LENGTH).map(CourseId::new),
                body.text("content_id", false, ExamDetails.MAX_TEXT_LENGTH),
                body.text("exam_name", false, ExamDetails.MAX_TEXT_LENGTH),
                body.nonNegativeInt("time_limit_mins", false), body.bool("is_proctored", false),
                body.bool("is_practice_exam", false), backend(body, false));
        body.orReject();
        answerExam(ctx, useCases.updateExam().update(id, change), 200);
    }

    private static Optional<Backend> backend(RequestBody body, boolean required) {
        return body.text("backend", required, 32).flatMap(name -> Backend.fromWireName(name)
                .or(() -> body.fail("backend", "must be software_secure or psi")));
    }

    private static void answerExam(Context ctx, ExamResult result, int status) {
        if (result instanceof ExamResult.Saved saved) {
            Json.write(ctx.status(status), ExamView.from(saved.exam()));
        } else if (result instanceof ExamResult.NotFound notFound) {
            throw ProblemException.notFound("exam_not_found", notFound.detail());
        } else if (result instanceof ExamResult.AlreadyExists exists) {
            throw new ProblemException(409, "exam_already_exists", exists.detail());
        } else {
            throw new IllegalStateException("unmapped result " + result);
        }
    }

    private void postAttempt(Context ctx) {
        RequestBody body = RequestBody.of(ctx, ATTEMPT_FIELDS);
        Optional<Long> exam = body.positiveLong("exam_id", true);
        Optional<Long> user = body.positiveLong("user_id", true);
        boolean proctored = body.bool("taking_as_proctored", false).orElse(true);
        Optional<String> external = body.text("external_id", false, ExternalId.MAX_LENGTH);
        body.orReject();
        AttemptResult result = useCases.registerAttempt().register(new RegisterAttemptCommand(new ExamId(exam.get()),
                new UserId(user.get()), proctored, external.map(ExternalId::new)));
        answerAttempt(ctx, result, 201);
    }

    private void findAttemptByCode(Context ctx) {
        String code = ctx.queryParam("attempt_code");
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("attempt_code", "is required");
        }
        Optional<AttemptCode> parsed = attemptCode(code);
        Json.write(ctx, AttemptView.from(parsed.flatMap(c -> useCases.findAttempt().find(new AttemptLookup.ByCode(c)))
                .orElseThrow(() -> ProblemException.notFound("attempt_not_found",
                        "Could not locate attempt_code=" + code))));
    }

    private void getAttempt(Context ctx) {
        AttemptLookup lookup = new AttemptLookup.ById(new AttemptId(pathId(ctx, "attempt_id")));
        Json.write(ctx, AttemptView.from(useCases.findAttempt().find(lookup).orElseThrow(() ->
                ProblemException.notFound("attempt_not_found", lookup.notFoundDetail()))));
    }

    private void putAttemptStatus(Context ctx) {
        AttemptId id = new AttemptId(pathId(ctx, "attempt_id"));
        RequestBody body = RequestBody.of(ctx, Set.of("status"));
        Optional<AttemptStatus> status = body.text("status", true, 64).flatMap(s -> AttemptStatus.fromWireName(s)
                .or(() -> body.fail("status", "must be one of the attempt statuses")));
        body.orReject();
        answerAttempt(ctx, useCases.changeAttemptStatus().change(id, status.get()), 200);
    }

    private void deleteAttempt(Context ctx) {
        AttemptId id = new AttemptId(pathId(ctx, "attempt_id"));
        if (!useCases.archiveAttempt().archive(id)) {
            throw ProblemException.notFound("attempt_not_found", new AttemptLookup.ById(id).notFoundDetail());
        }
        ctx.status(204);
    }

    private static void answerAttempt(Context ctx, AttemptResult result, int status) {
        if (result instanceof AttemptResult.Saved saved) {
            Json.write(ctx.status(status), AttemptView.from(saved.attempt()));
        } else if (result instanceof AttemptResult.NotFound notFound) {
            throw ProblemException.notFound(notFound.resource() + "_not_found", notFound.detail());
        } else if (result instanceof AttemptResult.Archived archived) {
            throw new ProblemException(409, "attempt_archived", archived.detail());
        } else if (result instanceof AttemptResult.IllegalTransition illegal) {
            throw new ProblemException(409, "illegal_status_transition", illegal.detail());
        } else {
            throw new IllegalStateException("unmapped result " + result);
        }
    }

    private void getReview(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        Json.write(ctx, ReviewView.from(attemptCode(code).flatMap(c -> useCases.getReview().get(c))
                .orElseThrow(() -> noReview(code))));
    }

    private void deleteReview(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        if (!attemptCode(code).map(c -> useCases.deleteReview().delete(c)).orElse(false)) {
            throw noReview(code);
        }
        ctx.status(204);
    }

    private void getHistory(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        Json.write(ctx, HistoryView.from(attemptCode(code).flatMap(c -> useCases.getHistory().history(c))
                .orElseThrow(() -> ProblemException.notFound("attempt_not_found",
                        "Could not locate attempt_code=" + code))));
    }

    private void postDecision(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        RequestBody body = RequestBody.of(ctx, Set.of("status", "reviewer_email"));
        Optional<StandardStatus> status = body.text("status", true, 32).flatMap(s -> StandardStatus.fromWireName(s)
                .or(() -> body.fail("status", "must be passed, violation, suspicious or not_reviewed")));
        Optional<String> reviewer = body.text("reviewer_email", true, User.MAX_EMAIL_LENGTH);
        body.orReject();
        AttemptCode attemptCode = attemptCode(code).orElseThrow(() -> noReview(code));
        StaffDecisionResult result = useCases.recordDecision().decide(
                new StaffDecisionCommand(attemptCode, status.get(), reviewer.get()));
        if (result instanceof StaffDecisionResult.Decided decided) {
            Json.write(ctx, ReviewView.from(decided.review()));
        } else if (result instanceof StaffDecisionResult.ReviewNotFound notFound) {
            throw ProblemException.notFound("review_not_found", notFound.detail());
        } else if (result instanceof StaffDecisionResult.ReviewerNotAllowed notAllowed) {
            throw new ProblemException(403, "reviewer_not_allowed", notAllowed.detail());
        } else {
            throw new IllegalStateException("unmapped result " + result);
        }
    }

    /** Re-applies the current review to its attempt (e.g. after the passing statuses changed). */
    private void postApply(Context ctx) {
        String code = ctx.pathParam("attempt_code");
        AppliedOutcome outcome = attemptCode(code).flatMap(c -> useCases.applyReview().apply(c))
                .orElseThrow(() -> noReview(code));
        Json.write(ctx, new AppliedView(code, outcome.before().wireName(), outcome.after().wireName(),
                outcome.credit().map(CreditStatus::wireName).orElse(null)));
    }

    private void getCredit(Context ctx) {
        long user = queryLong(ctx, "user_id", true, 1).orElseThrow();
        String course = requiredQuery(ctx, "course_id");
        Json.write(ctx, CreditView.from(useCases.getCredit().credit(new UserId(user), new CourseId(course))));
    }

    private void getNotifications(Context ctx) {
        String course = requiredQuery(ctx, "course_id");
        Json.write(ctx, NotificationsView.from(useCases.listNotifications().list(new CourseId(course))));
    }

    private void getEvents(Context ctx) {
        long after = queryLong(ctx, "after", false, 0).orElse(0L);
        long limit = queryLong(ctx, "limit", false, 1).orElse((long) ReadEventsUseCase.DEFAULT_LIMIT);
        int bounded = (int) Math.min(limit, ReadEventsUseCase.MAX_LIMIT);
        Json.write(ctx, EventsView.from(useCases.readEvents().read(after, bounded)));
    }

    private static ProblemException noReview(String code) {
        return ProblemException.notFound("review_not_found", "There is no review for attempt_code=" + code);
    }

    private static Optional<AttemptCode> attemptCode(String value) {
        return value == null || value.isBlank() || value.length() > AttemptCode.MAX_LENGTH
                || value.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(new AttemptCode(value));
    }

    private static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long value = Long.parseLong(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be a positive integer");
    }

    private static Optional<Long> queryLong(Context ctx, String name, boolean required, long minimum) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            if (required) {
                throw ProblemException.invalid(name, "is required");
            }
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(raw);
            if (value >= minimum) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be an integer of at least " + minimum);
    }

    private static String requiredQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank() || value.length() > CourseId.MAX_LENGTH || value.indexOf('\0') >= 0) {
            throw ProblemException.invalid(name, "is required (1 to " + CourseId.MAX_LENGTH + " characters)");
        }
        return value;
    }
}
