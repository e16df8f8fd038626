package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.ExamChange;
import dev.proctorreviews.application.port.in.ExamUseCases;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.http.Representations.ExamView;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/** Exams as the LMS registers and changes them (contract 3.2). */
final class ExamRoutes implements RouteGroup {
    private static final Set<String> FIELDS = Set.of("course_id", "content_id", "exam_name", "time_limit_mins",
            "is_proctored", "is_practice_exam", "backend");

    private final ExamUseCases exams;

    ExamRoutes(ExamUseCases exams) {
        this.exams = exams;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.post(API + "/exams", this::post);
        routes.get(API + "/exams/{exam_id}", this::get);
        routes.patch(API + "/exams/{exam_id}", this::patch);
    }

    private void post(Context ctx) {
        RequestBody body = RequestBody.of(ctx, FIELDS);
        Optional<String> course = body.text("course_id", true, CourseId.MAX_LENGTH);
        Optional<String> content = body.text("content_id", true, ExamDetails.MAX_TEXT_LENGTH);
        Optional<String> name = body.text("exam_name", true, ExamDetails.MAX_TEXT_LENGTH);
        int timeLimit = body.nonNegativeInt("time_limit_mins", false).orElse(0);
        boolean proctored = body.bool("is_proctored", false).orElse(true);
        boolean practice = body.bool("is_practice_exam", false).orElse(false);
        Optional<Backend> backend = backend(body, true);
        body.orReject();
        Answers.exam(exams.register(new ExamDetails(new CourseId(course.get()), content.get(), name.get(), timeLimit,
                proctored, practice, backend.get())), 201).writeTo(ctx);
    }

    private void get(Context ctx) {
        ExamId id = new ExamId(Params.pathId(ctx, "exam_id"));
        Answers.found(exams.get(id), ExamView::from, ProblemCode.EXAM_NOT_FOUND,
                "Could not locate exam with id=" + id.value()).writeTo(ctx);
    }

    private void patch(Context ctx) {
        ExamId id = new ExamId(Params.pathId(ctx, "exam_id"));
        RequestBody body = RequestBody.of(ctx, FIELDS);
        ExamChange change = new ExamChange(body.text("course_id", false, CourseId.MAX_LENGTH).map(CourseId::new),
                body.text("content_id", false, ExamDetails.MAX_TEXT_LENGTH),
                body.text("exam_name", false, ExamDetails.MAX_TEXT_LENGTH),
                body.nonNegativeInt("time_limit_mins", false), body.bool("is_proctored", false),
                body.bool("is_practice_exam", false), backend(body, false));
        body.orReject();
        Answers.exam(exams.update(id, change), 200).writeTo(ctx);
    }

    private static Optional<Backend> backend(RequestBody body, boolean required) {
        return body.text("backend", required, 32).flatMap(name -> Backend.fromWireName(name)
                .or(() -> body.fail("backend", "must be software_secure or psi")));
    }
}
