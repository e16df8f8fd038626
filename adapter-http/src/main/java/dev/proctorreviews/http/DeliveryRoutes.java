package dev.proctorreviews.http;

import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.in.delivery.DeliveryUseCases;
import dev.proctorreviews.http.Representations.DeliveriesView;
import io.javalin.http.Context;

/** The dead-letter store of authentic callbacks that could not be applied, and their replay (an extension). */
final class DeliveryRoutes implements RouteGroup {
    private final DeliveryUseCases deliveries;

    DeliveryRoutes(DeliveryUseCases deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.get(API + "/deliveries", this::list);
        routes.post(API + "/deliveries/{delivery_id}/replay", this::replay);
    }

    private void list(Context ctx) {
        String raw = Params.query(ctx, "state").orElse("parked");
        DeliveryState state = DeliveryState.fromWireName(raw).orElseThrow(() ->
                ProblemException.invalid("state", "must be parked or replayed"));
        Answer.ok(DeliveriesView.from(deliveries.list(state, Params.page(ctx)))).writeTo(ctx);
    }

    private void replay(Context ctx) {
        Answers.replay(deliveries.replay(Params.pathId(ctx, "delivery_id"))).writeTo(ctx);
    }
}
