package dev.proctorreviews.http;

import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.in.subscription.NewSubscription;
import dev.proctorreviews.application.port.in.subscription.SubscriptionChange;
import dev.proctorreviews.application.port.in.subscription.SubscriptionResult;
import dev.proctorreviews.application.port.in.subscription.SubscriptionUseCases;
import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.http.Representations.RecoveredView;
import dev.proctorreviews.http.Representations.SubscriptionView;
import dev.proctorreviews.http.Representations.SubscriptionsView;
import dev.proctorreviews.http.Representations.WebhookDeliveriesView;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Outbound webhook subscriptions and their delivery log (contract 6.1, 6.2). */
final class SubscriptionRoutes implements RouteGroup {
    private static final Set<String> FIELDS = Set.of("url", "event_types", "description", "enabled");
    private static final Set<String> CREATE_FIELDS = Set.of("url", "event_types", "description");
    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_TYPE = 40;
    private static final int MAX_ID = 40;
    private static final String BASE = API + "/subscriptions";

    private final SubscriptionUseCases subscriptions;

    SubscriptionRoutes(SubscriptionUseCases subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.post(BASE, this::create);
        routes.get(BASE, this::list);
        routes.get(BASE + "/{subscription_id}", this::get);
        routes.patch(BASE + "/{subscription_id}", this::patch);
        routes.delete(BASE + "/{subscription_id}", this::delete);
        routes.post(BASE + "/{subscription_id}/rotate-secret", this::rotate);
        routes.get(BASE + "/{subscription_id}/deliveries", this::deliveries);
        routes.post(BASE + "/{subscription_id}/deliveries/{delivery_id}/retry", this::retry);
        routes.post(BASE + "/{subscription_id}/recover", this::recover);
    }

    private void create(Context ctx) {
        RequestBody body = RequestBody.of(ctx, CREATE_FIELDS);
        Optional<String> url = body.requiredText("url", TargetPolicy.MAX_URL_LENGTH);
        Optional<List<String>> types = body.optionalTexts("event_types", MAX_TYPE);
        Optional<String> description = body.optionalText("description", MAX_DESCRIPTION);
        body.orReject();
        Answers.subscription(subscriptions.create(new NewSubscription(url.get(), types, description)), 201)
                .writeTo(ctx);
    }

    private void list(Context ctx) {
        Answer.ok(new SubscriptionsView(subscriptions.list().stream().map(SubscriptionView::from).toList()))
                .writeTo(ctx);
    }

    private void get(Context ctx) {
        String id = id(ctx);
        Answers.found(subscriptions.get(id), SubscriptionView::from, ProblemCode.SUBSCRIPTION_NOT_FOUND,
                SubscriptionResult.missing(id)).writeTo(ctx);
    }

    private void patch(Context ctx) {
        String id = id(ctx);
        RequestBody body = RequestBody.of(ctx, FIELDS);
        Optional<String> url = body.optionalText("url", TargetPolicy.MAX_URL_LENGTH);
        Optional<Optional<List<String>>> types = body.has("event_types")
                ? Optional.of(body.optionalTexts("event_types", MAX_TYPE)) : Optional.empty();
        Optional<Optional<String>> description = body.has("description")
                ? Optional.of(body.optionalText("description", MAX_DESCRIPTION)) : Optional.empty();
        Optional<Boolean> enabled = body.optionalBool("enabled");
        body.orReject();
        Answers.subscription(subscriptions.update(id, new SubscriptionChange(url, types, description, enabled)), 200)
                .writeTo(ctx);
    }

    private void delete(Context ctx) {
        String id = id(ctx);
        Answers.removed(subscriptions.delete(id), ProblemCode.SUBSCRIPTION_NOT_FOUND, SubscriptionResult.missing(id)).writeTo(ctx);
    }

    private void rotate(Context ctx) {
        Answers.subscription(subscriptions.rotateSecret(id(ctx)), 200).writeTo(ctx);
    }

    private void deliveries(Context ctx) {
        String id = id(ctx);
        Optional<String> state = Params.query(ctx, "state").filter(s -> !s.isEmpty());
        if (state.isPresent() && !WebhookDelivery.STATES.contains(state.get())) {
            throw ProblemException.invalid("state", "must be pending, delivered or failed");
        }
        int limit = Params.limit(ctx);
        OptionalLong before = Params.optionalLong(ctx, "before", 1).map(OptionalLong::of).orElse(OptionalLong.empty());
        Answers.found(subscriptions.deliveries(id, state, before, limit), WebhookDeliveriesView::from,
                ProblemCode.SUBSCRIPTION_NOT_FOUND, SubscriptionResult.missing(id)).writeTo(ctx);
    }

    private void retry(Context ctx) {
        String id = id(ctx);
        Answers.retry(subscriptions.retry(id, Params.pathId(ctx, "delivery_id"))).writeTo(ctx);
    }

    private void recover(Context ctx) {
        String id = id(ctx);
        RequestBody body = RequestBody.of(ctx, Set.of("since"));
        Optional<Instant> since = body.requiredText("since", 64).flatMap(text -> time(body, text));
        body.orReject();
        subscriptions.recover(id, since.get()).<Answer>map(n -> new Answer.Body(202, new RecoveredView(n),
                "requeued")).orElseGet(() -> new Answer.Problem(ProblemCode.SUBSCRIPTION_NOT_FOUND, SubscriptionResult.missing(id)))
                .writeTo(ctx);
    }

    private static Optional<Instant> time(RequestBody body, String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return body.fail("since", "must be an RFC 3339 time, e.g. 2026-12-01T10:00:00Z");
        }
    }

    /** A subscription id as given; one that cannot be an id matches none (404), it is not a bad request. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("subscription_id");
        return id.length() > MAX_ID || id.indexOf('\0') >= 0 ? "" : id;
    }
}
