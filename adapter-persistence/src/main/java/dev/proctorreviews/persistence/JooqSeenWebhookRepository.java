package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.SEEN_WEBHOOK;

import dev.proctorreviews.application.port.out.SeenWebhooks;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Optional;

/** Webhook ids answered 2xx, per vendor; old ones are deleted by the periodic clean-up. */
final class JooqSeenWebhookRepository implements SeenWebhooks {
    private final JooqTransactions tx;

    JooqSeenWebhookRepository(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void remember(ReviewSource vendor, String webhookId, AttemptCode about, Instant at) {
        tx.dsl().insertInto(SEEN_WEBHOOK)
                .set(SEEN_WEBHOOK.VENDOR, vendor.wireName())
                .set(SEEN_WEBHOOK.WEBHOOK_ID, webhookId)
                .set(SEEN_WEBHOOK.ATTEMPT_CODE, about.value())
                .set(SEEN_WEBHOOK.SEEN_AT, Times.utc(at))
                .onConflict(SEEN_WEBHOOK.VENDOR, SEEN_WEBHOOK.WEBHOOK_ID).doUpdate()
                .set(SEEN_WEBHOOK.ATTEMPT_CODE, about.value())
                .set(SEEN_WEBHOOK.SEEN_AT, Times.utc(at))
                .execute();
    }

    @Override
    public Optional<AttemptCode> seenSince(ReviewSource vendor, String webhookId, Instant notBefore) {
        return tx.dsl().select(SEEN_WEBHOOK.ATTEMPT_CODE).from(SEEN_WEBHOOK)
                .where(SEEN_WEBHOOK.VENDOR.eq(vendor.wireName()))
                .and(SEEN_WEBHOOK.WEBHOOK_ID.eq(webhookId))
                .and(SEEN_WEBHOOK.SEEN_AT.ge(Times.utc(notBefore)))
                .fetchOptional(SEEN_WEBHOOK.ATTEMPT_CODE)
                .map(AttemptCode::new);
    }

    @Override
    public int forgetBefore(Instant instant) {
        return tx.dsl().deleteFrom(SEEN_WEBHOOK).where(SEEN_WEBHOOK.SEEN_AT.lt(Times.utc(instant))).execute();
    }
}
