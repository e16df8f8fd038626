package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.SeenWebhooks;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Optional;

/** Webhook ids answered 2xx, per vendor; old ones are deleted by the periodic clean-up. */
final class JdbcSeenWebhookRepository implements SeenWebhooks {
    private static final String REMEMBER = """
            INSERT INTO seen_webhook (vendor, webhook_id, attempt_code, seen_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (vendor, webhook_id) DO UPDATE SET attempt_code = excluded.attempt_code,
                                                           seen_at = excluded.seen_at""";
    private static final String SEEN_SINCE = "SELECT attempt_code FROM seen_webhook"
            + " WHERE vendor = ? AND webhook_id = ? AND seen_at >= ?";
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
        return tx.unit().first(SEEN_SINCE, p -> p.text(vendor.wireName()).text(webhookId).time(notBefore),
                r -> new AttemptCode(r.getString("attempt_code")));
    }

    @Override
    public int forgetBefore(Instant instant) {
        return tx.unit().update(FORGET, p -> p.time(instant));
    }
}
