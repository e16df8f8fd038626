package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.ReceiveReviewCommand;
import dev.proctorreviews.application.port.in.ReceiveReviewResult;
import dev.proctorreviews.domain.review.ReviewSource;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two vendor callback routes: verify the signature, answer replays, hand the body to the core and map each
 * result to its status code, in this one place.
 */
final class CallbackRoutes {
    static final String SOFTWARE_SECURE = "/callbacks/software-secure";
    static final String PSI = "/callbacks/psi/attempts/{external_id}/reviewed";

    private final UseCases useCases;
    private final WebhookVerifier verifier;
    private final boolean allowUnsignedSoftwareSecure;
    private final HttpMetrics metrics;

    CallbackRoutes(UseCases useCases, WebhookVerifier verifier, boolean allowUnsignedSoftwareSecure,
                   HttpMetrics metrics) {
        this.useCases = useCases;
        this.verifier = verifier;
        this.allowUnsignedSoftwareSecure = allowUnsignedSoftwareSecure;
        this.metrics = metrics;
    }

    void register(GuardedRoutes routes) {
        routes.post(SOFTWARE_SECURE, ctx -> receive(ctx, ReviewSource.SOFTWARE_SECURE, Optional.empty()));
        routes.post(PSI, ctx -> receive(ctx, ReviewSource.PSI, Optional.of(ctx.pathParam("external_id"))));
    }

    private void receive(Context ctx, ReviewSource vendor, Optional<String> externalId) {
        String outcome = "error";
        try {
            boolean unsignedAllowed = vendor == ReviewSource.SOFTWARE_SECURE && allowUnsignedSoftwareSecure;
            Delivery delivery = verifier.verify(ctx, vendor, unsignedAllowed);
            ReceiveReviewResult result = useCases.receiveReview().receive(
                    ReceiveReviewCommand.delivered(vendor, delivery.body(), externalId, delivery.webhookId()));
            outcome = answer(ctx, result);
        } catch (ProblemException e) {
            outcome = e.code;
            throw e;
        } finally {
            metrics.callback(vendor, outcome);
        }
    }

    /** Writes the answer for a result and returns the outcome name for metrics; also used by replays. */
    static String answer(Context ctx, ReceiveReviewResult result) {
        if (result instanceof ReceiveReviewResult.Applied applied) {
            Json.write(ctx.status(200), CallbackAnswer.of(applied.summary(), false, true));
            return "applied";
        }
        if (result instanceof ReceiveReviewResult.Replayed replayed) {
            Json.write(ctx.status(200), CallbackAnswer.of(replayed.summary(), true, false));
            return "replay";
        }
        if (result instanceof ReceiveReviewResult.Duplicate duplicate) {
            Json.write(ctx.status(200), CallbackAnswer.of(duplicate.summary(), true, false));
            return "duplicate";
        }
        if (result instanceof ReceiveReviewResult.SupersededByStaffDecision superseded) {
            Json.write(ctx.status(200), CallbackAnswer.of(superseded.summary(), false, false));
            return "superseded_by_staff_decision";
        }
        if (result instanceof ReceiveReviewResult.MalformedPayload malformed) {
            throw new ProblemException(400, "malformed_payload", "The payload is not a valid review.",
                    malformed.errors(), Map.of());
        }
        if (result instanceof ReceiveReviewResult.BadReviewStatus bad) {
            throw new ProblemException(422, "bad_review_status", bad.detail());
        }
        if (result instanceof ReceiveReviewResult.AttemptNotFound notFound) {
            throw new ProblemException(404, "attempt_not_found", notFound.detail());
        }
        if (result instanceof ReceiveReviewResult.ExternalIdMismatch mismatch) {
            throw new ProblemException(403, "external_id_mismatch", mismatch.detail());
        }
        if (result instanceof ReceiveReviewResult.ExamNotProctored notProctored) {
            throw new ProblemException(412, "exam_not_proctored", notProctored.detail());
        }
        if (result instanceof ReceiveReviewResult.ReviewAlreadyExists exists) {
            throw new ProblemException(409, "review_already_exists", exists.detail(), List.of(), Map.of());
        }
        throw new IllegalStateException("unmapped result " + result.getClass().getName());
    }
}
