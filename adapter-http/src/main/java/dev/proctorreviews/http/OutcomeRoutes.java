package dev.proctorreviews.http;

import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.in.outcome.ReadOutcomesUseCases;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.http.Representations.CreditView;
import dev.proctorreviews.http.Representations.EventsView;
import dev.proctorreviews.http.Representations.NotificationsView;
import io.javalin.http.Context;

/** What the LMS reads back: credit, support notifications, the event feed (contract 3.5, 3.7, 3.8). */
final class OutcomeRoutes implements RouteGroup {
    private final ReadOutcomesUseCases outcomes;

    OutcomeRoutes(ReadOutcomesUseCases outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.get(API + "/credit", this::credit);
        routes.get(API + "/notifications", this::notifications);
        routes.get(API + "/events", this::events);
    }

    private void credit(Context ctx) {
        UserId user = new UserId(Params.requiredLong(ctx, "user_id", 1));
        CourseId course = new CourseId(Params.requiredText(ctx, "course_id"));
        Answer.ok(CreditView.from(outcomes.credit(user, course))).writeTo(ctx);
    }

    private void notifications(Context ctx) {
        CourseId course = new CourseId(Params.requiredText(ctx, "course_id"));
        Answer.ok(NotificationsView.from(outcomes.list(course, Params.page(ctx)))).writeTo(ctx);
    }

    private void events(Context ctx) {
        PageRequest page = Params.page(ctx);
        Answer.ok(EventsView.from(outcomes.read(page.after(), page.limit()))).writeTo(ctx);
    }
}
