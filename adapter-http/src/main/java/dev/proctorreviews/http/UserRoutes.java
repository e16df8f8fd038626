package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.http.Representations.RetirementView;
import dev.proctorreviews.http.Representations.UserView;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users as the LMS describes them (contract 3.1, with the full name and active flag of 1.1 section 8), and the
 * retirement of their personal data (an extension).
 */
final class UserRoutes implements RouteGroup {
    private static final Set<String> FIELDS = Set.of("username", "email", "is_staff", "staff_course_ids", "name",
            "is_active");

    private final UserUseCases users;

    UserRoutes(UserUseCases users) {
        this.users = users;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.put(API + "/users/{user_id}", this::put);
        routes.get(API + "/users/{user_id}", this::get);
        routes.post(API + "/users/{user_id}/retire", this::retire);
    }

    private void put(Context ctx) {
        UserId id = new UserId(Params.pathId(ctx, "user_id"));
        RequestBody body = RequestBody.of(ctx, FIELDS);
        Optional<String> username = body.requiredText("username", User.MAX_USERNAME_LENGTH);
        Optional<String> email = body.requiredText("email", User.MAX_EMAIL_LENGTH);
        email.filter(e -> !e.contains("@")).ifPresent(e -> body.fail("email", "must be an e-mail address"));
        boolean staff = body.optionalBool("is_staff").orElse(false);
        List<String> courses = body.optionalTexts("staff_course_ids", CourseId.MAX_LENGTH).orElse(List.of());
        Optional<String> name = body.optionalName("name", User.MAX_NAME_LENGTH);
        boolean active = body.optionalBool("is_active").orElse(true);
        body.orReject();
        Set<CourseId> staffCourses = new HashSet<>();
        courses.forEach(c -> staffCourses.add(new CourseId(c)));
        User user = users.register(new User(id, username.get(), email.get(), staff, staffCourses, name, active));
        Answer.ok(UserView.from(user)).writeTo(ctx);
    }

    private void get(Context ctx) {
        UserId id = new UserId(Params.pathId(ctx, "user_id"));
        Answers.found(users.get(id), UserView::from, ProblemCode.USER_NOT_FOUND, notFound(id)).writeTo(ctx);
    }

    private void retire(Context ctx) {
        UserId id = new UserId(Params.pathId(ctx, "user_id"));
        Answers.found(users.retire(id), r -> RetirementView.of(id, r), ProblemCode.USER_NOT_FOUND,
                notFound(id)).writeTo(ctx);
    }

    private static String notFound(UserId id) {
        return "Could not locate user with id=" + id.value();
    }
}
