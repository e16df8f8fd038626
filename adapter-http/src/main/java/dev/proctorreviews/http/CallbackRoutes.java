package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.review.ReceiveReviewCommand;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.domain.review.ReviewSource;
import io.javalin.http.Context;
import java.util.Optional;

/** The two vendor callback routes: verify the signature, then hand the body to the core (contract section 2). */
final class CallbackRoutes implements RouteGroup {
    static final String SOFTWARE_SECURE = "/callbacks/software-secure";
    static final String PSI = "/callbacks/psi/attempts/{external_id}/reviewed";

    private final ReceiveVendorReviewUseCase receive;
    private final WebhookVerifier verifier;
    private final HttpMetrics metrics;

    CallbackRoutes(ReceiveVendorReviewUseCase receive, WebhookVerifier verifier, HttpMetrics metrics) {
        this.receive = receive;
        this.verifier = verifier;
        this.metrics = metrics;
    }

    @Override
    public void register(GuardedRoutes routes) {
        routes.post(SOFTWARE_SECURE, ctx -> receive(ctx, ReviewSource.SOFTWARE_SECURE, Optional.empty()));
        routes.post(PSI, ctx -> receive(ctx, ReviewSource.PSI, Optional.of(ctx.pathParam("external_id"))));
    }

    private void receive(Context ctx, ReviewSource vendor, Optional<String> externalId) {
        String outcome = "error";
        try {
            Delivery delivery = verifier.verify(ctx, vendor);
            Answer answer = Answers.callback(receive.receive(
                    ReceiveReviewCommand.delivered(vendor, delivery.body(), externalId, delivery.webhookId())));
            answer.writeTo(ctx);
            outcome = answer.outcome();
        } catch (ProblemException e) {
            outcome = e.code.wireName();
            throw e;
        } finally {
            metrics.callback(vendor, outcome);
        }
    }
}
