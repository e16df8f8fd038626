package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.exam.ExamChange;
import dev.proctorreviews.application.port.in.exam.ExamUseCases;
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
        Optional<String> course = body.requiredText("course_id", CourseId.MAX_LENGTH);
        Optional<String> content = body.requiredText("content_id", ExamDetails.MAX_TEXT_LENGTH);
        Optional<String> name = body.requiredText("exam_name", ExamDetails.MAX_TEXT_LENGTH);
        int timeLimit = body.optionalNonNegativeInt("time_limit_mins").orElse(0);
        boolean proctored = body.optionalBool("is_proctored").orElse(true);
        boolean practice = body.optionalBool("is_practice_exam").orElse(false);
        Optional<Backend> backend = backend(body, body.requiredText("backend", 32));
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
        ExamChange change = new ExamChange(body.optionalText("course_id", CourseId.MAX_LENGTH).map(CourseId::new),
                body.optionalText("content_id", ExamDetails.MAX_TEXT_LENGTH),
                body.optionalText("exam_name", ExamDetails.MAX_TEXT_LENGTH),
                body.optionalNonNegativeInt("time_limit_mins"), body.optionalBool("is_proctored"),
                body.optionalBool("is_practice_exam"), backend(body, body.optionalText("backend", 32)));
        body.orReject();
        Answers.exam(exams.update(id, change), 200).writeTo(ctx);
    }

    private static Optional<Backend> backend(RequestBody body, Optional<String> name) {
        return name.flatMap(given -> Backend.fromWireName(given)
                .or(() -> body.fail("backend", "must be software_secure or psi")));
    }
}
