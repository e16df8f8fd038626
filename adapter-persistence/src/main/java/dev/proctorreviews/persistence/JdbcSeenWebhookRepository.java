package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.SeenWebhooks;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Optional;

/**
 * Webhook ids answered 2xx, per vendor; old ones are deleted by the periodic clean-up.
 *
 * <p>The replay check first takes a transaction-level advisory lock on (vendor, webhook id), in the same round
 * trip: a concurrent delivery with the same id waits there until the first one's transaction has ended, and its
 * check, a statement of its own and so with a snapshot taken after the wait, then sees the id if the first
 * delivery remembered it. Without the lock, sixteen simultaneous deliveries with one id about sixteen attempts
 * (no attempt lock in common) all found the id unseen and several were applied.
 */
final class JdbcSeenWebhookRepository implements SeenWebhooks {
    private static final String REMEMBER = """
            INSERT INTO seen_webhook (vendor, webhook_id, attempt_code, seen_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (vendor, webhook_id) DO UPDATE SET attempt_code = excluded.attempt_code,
                                                           seen_at = excluded.seen_at""";
    /** The advisory lock's first key: keeps webhook ids apart from every other two-key advisory lock. */
    private static final int WEBHOOK_LOCKS = 0x77656268;
    private static final String HOLD_THEN_SEEN_SINCE = "SELECT pg_advisory_xact_lock(?, hashtext(? || ' ' || ?));\n"
            + "SELECT attempt_code FROM seen_webhook WHERE vendor = ? AND webhook_id = ? AND seen_at >= ?";
    private static final String FORGET = "DELETE FROM seen_webhook WHERE seen_at < ?";

    private final PostgresTransactions tx;

    JdbcSeenWebhookRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void remember(ReviewSource vendor, String webhookId, AttemptCode about, Instant at) {
        tx.unit().queue(REMEMBER, p -> p.text(vendor.wireName()).text(webhookId).text(about.value()).time(at),
                1, "remember webhook id");
    }

    @Override
    public Optional<AttemptCode> seenSince(ReviewSource vendor, String webhookId, Instant notBefore) {
        return tx.unit().firstOfLast(1, HOLD_THEN_SEEN_SINCE, p -> p.integer(WEBHOOK_LOCKS).text(vendor.wireName())
                        .text(webhookId).text(vendor.wireName()).text(webhookId).time(notBefore),
                r -> new AttemptCode(r.getString("attempt_code")));
    }

    @Override
    public int forgetBefore(Instant instant) {
        return tx.unit().update(FORGET, p -> p.time(instant));
    }
}
