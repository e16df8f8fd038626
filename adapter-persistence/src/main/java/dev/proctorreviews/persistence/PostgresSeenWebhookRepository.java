package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.SEEN_WEBHOOK;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.application.port.out.SeenWebhooks;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * Webhook ids answered 2xx, per vendor; old ones are deleted by the periodic clean-up.
 *
 * <p>The replay check first takes a transaction-level advisory lock on (vendor, webhook id), in the same round
 * trip: a concurrent delivery with the same id waits there until the first one's transaction has ended, and its
 * check, a statement of its own and so with a snapshot taken after the wait, then sees the id if the first
 * delivery remembered it. Without the lock, sixteen simultaneous deliveries with one id about sixteen attempts
 * (no attempt lock in common) all found the id unseen and several were applied.
 */
final class PostgresSeenWebhookRepository implements SeenWebhooks {
    private static final String REMEMBER = Rendered.sql(DSL.insertInto(SEEN_WEBHOOK)
            .set(SEEN_WEBHOOK.VENDOR, param("vendor", String.class))
            .set(SEEN_WEBHOOK.WEBHOOK_ID, param("webhook_id", String.class))
            .set(SEEN_WEBHOOK.ATTEMPT_CODE, param("attempt_code", String.class))
            .set(SEEN_WEBHOOK.SEEN_AT, param("seen_at", SEEN_WEBHOOK.SEEN_AT))
            .onConflict(SEEN_WEBHOOK.VENDOR, SEEN_WEBHOOK.WEBHOOK_ID).doUpdate()
            .set(SEEN_WEBHOOK.ATTEMPT_CODE, excluded(SEEN_WEBHOOK.ATTEMPT_CODE))
            .set(SEEN_WEBHOOK.SEEN_AT, excluded(SEEN_WEBHOOK.SEEN_AT)));
    /** The advisory lock's first key: keeps webhook ids apart from every other two-key advisory lock. */
    private static final int WEBHOOK_LOCKS = 0x77656268;
    /** The lock, then the look-up: two statements sent in one round trip. */
    private static final String HOLD_THEN_SEEN_SINCE = Rendered.sql(DSL.select(function("pg_advisory_xact_lock",
            Object.class, inline(WEBHOOK_LOCKS), function("hashtext", Integer.class,
                    concat(param("vendor", String.class), inline(" "), param("webhook_id", String.class))))))
            + ";\n" + Rendered.sql(DSL.select(SEEN_WEBHOOK.ATTEMPT_CODE).from(SEEN_WEBHOOK)
            .where(SEEN_WEBHOOK.VENDOR.eq(param("vendor", String.class)))
            .and(SEEN_WEBHOOK.WEBHOOK_ID.eq(param("webhook_id", String.class)))
            .and(SEEN_WEBHOOK.SEEN_AT.ge(param("not_before", SEEN_WEBHOOK.SEEN_AT))));
    private static final String FORGET = Rendered.sql(DSL.deleteFrom(SEEN_WEBHOOK)
            .where(SEEN_WEBHOOK.SEEN_AT.lt(param("before", SEEN_WEBHOOK.SEEN_AT))));

    private final PostgresTransactions tx;

    PostgresSeenWebhookRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void remember(ReviewSource vendor, String webhookId, AttemptCode about, Instant at) {
        tx.unit().queue(REMEMBER, p -> p.text(vendor.wireName()).text(webhookId).text(about.value()).time(at),
                1, "remember webhook id");
    }

    @Override
    public Optional<AttemptCode> seenSince(ReviewSource vendor, String webhookId, Instant notBefore) {
        return tx.unit().firstOfLast(1, HOLD_THEN_SEEN_SINCE, p -> p.text(vendor.wireName()).text(webhookId)
                        .text(vendor.wireName()).text(webhookId).time(notBefore),
                r -> new AttemptCode(r.getString(SEEN_WEBHOOK.ATTEMPT_CODE.getName())));
    }

    @Override
    public int forgetBefore(Instant instant) {
        return tx.unit().update(FORGET, p -> p.time(instant));
    }
}
