package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.OUTBOUND_MESSAGE;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_EVENT;
import static dev.proctorreviews.persistence.schema.Tables.SUBSCRIPTION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.port.Subscription;
import dev.proctorreviews.application.port.WebhookDelivery;
import dev.proctorreviews.application.port.out.SubscriptionTarget;
import dev.proctorreviews.application.port.out.Subscriptions;
import dev.proctorreviews.persistence.schema.tables.records.SubscriptionRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Subscriptions ({@code subscription}) and their delivery log (their rows of {@code outbound_message}). Keys are
 * stored as written ({@code whsec_…}): the service signs with them, so they cannot be digests; no answer of the
 * API reads them. Administrative statements run through jOOQ directly; the one read every delivery makes
 * ({@link #target}) is rendered once.
 */
final class PostgresSubscriptionRepository implements Subscriptions {
    private static final String TARGET = Rendered.sql(select(SUBSCRIPTION.ID, SUBSCRIPTION.URL, SUBSCRIPTION.ENABLED,
            SUBSCRIPTION.SECRET, SUBSCRIPTION.PREVIOUS_SECRET, SUBSCRIPTION.ROTATED_AT, SUBSCRIPTION.FAILING_SINCE)
            .from(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(param("id", String.class))));

    private final PostgresTransactions tx;

    PostgresSubscriptionRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Subscription s, SigningKey key) {
        tx.unit().dsl().insertInto(SUBSCRIPTION)
                .set(SUBSCRIPTION.ID, s.id())
                .set(SUBSCRIPTION.URL, s.url())
                .set(SUBSCRIPTION.EVENT_TYPES, s.eventTypes().map(PostgresSubscriptionRepository::json).orElse(null))
                .set(SUBSCRIPTION.DESCRIPTION, s.description().orElse(null))
                .set(SUBSCRIPTION.ENABLED, s.enabled())
                .set(SUBSCRIPTION.SECRET, key.written())
                .set(SUBSCRIPTION.CREATED_AT, Times.utc(s.createdAt()))
                .execute();
    }

    @Override
    public Optional<Subscription> byId(String id) {
        return tx.unit().dsl().selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id)).fetchOptional()
                .map(PostgresSubscriptionRepository::subscription);
    }

    @Override
    public List<Subscription> all() {
        return tx.unit().dsl().selectFrom(SUBSCRIPTION).orderBy(SUBSCRIPTION.CREATED_AT, SUBSCRIPTION.ID)
                .fetch(PostgresSubscriptionRepository::subscription);
    }

    @Override
    public boolean update(Subscription s) {
        return tx.unit().dsl().update(SUBSCRIPTION)
                .set(SUBSCRIPTION.URL, s.url())
                .set(SUBSCRIPTION.EVENT_TYPES, s.eventTypes().map(PostgresSubscriptionRepository::json).orElse(null))
                .set(SUBSCRIPTION.DESCRIPTION, s.description().orElse(null))
                .set(SUBSCRIPTION.ENABLED, s.enabled())
                .set(SUBSCRIPTION.DISABLED_REASON, s.disabledReason().orElse(null))
                .set(SUBSCRIPTION.FAILING_SINCE, s.enabled() ? DSL.when(SUBSCRIPTION.ENABLED.isFalse(),
                        inline((OffsetDateTime) null)).otherwise(SUBSCRIPTION.FAILING_SINCE) : SUBSCRIPTION.FAILING_SINCE)
                .where(SUBSCRIPTION.ID.eq(s.id())).execute() == 1;
    }

    @Override
    public boolean delete(String id) {
        return tx.unit().dsl().deleteFrom(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id)).execute() == 1;
    }

    @Override
    public boolean rotate(String id, SigningKey key, Instant at) {
        return tx.unit().dsl().update(SUBSCRIPTION)
                .set(SUBSCRIPTION.PREVIOUS_SECRET, SUBSCRIPTION.SECRET)
                .set(SUBSCRIPTION.SECRET, key.written())
                .set(SUBSCRIPTION.ROTATED_AT, Times.utc(at))
                .where(SUBSCRIPTION.ID.eq(id)).execute() == 1;
    }

    @Override
    public Optional<SubscriptionTarget> target(String id) {
        return tx.unit().first(TARGET, p -> p.text(id), r -> new SubscriptionTarget(r.getString("id"),
                r.getString("url"), r.getBoolean("enabled"), SigningKey.parse(r.getString("secret")),
                Optional.ofNullable(r.getString("previous_secret")).map(SigningKey::parse),
                Optional.ofNullable(Row.instant(r, "rotated_at")), Optional.ofNullable(Row.instant(r, "failing_since"))));
    }

    @Override
    public void failingSince(String id, Optional<Instant> since) {
        tx.unit().dsl().update(SUBSCRIPTION)
                .set(SUBSCRIPTION.FAILING_SINCE, since.isEmpty() ? null
                        : DSL.coalesce(SUBSCRIPTION.FAILING_SINCE, DSL.val(Times.utc(since.get()))))
                .where(SUBSCRIPTION.ID.eq(id)).execute();
    }

    @Override
    public void disable(String id, String reason) {
        tx.unit().dsl().update(SUBSCRIPTION).set(SUBSCRIPTION.ENABLED, false)
                .set(SUBSCRIPTION.DISABLED_REASON, reason).where(SUBSCRIPTION.ID.eq(id)).execute();
    }

    @Override
    public List<WebhookDelivery> deliveries(String id, Optional<String> state, OptionalLong before, int limit) {
        Condition where = OUTBOUND_MESSAGE.SUBSCRIPTION_ID.eq(id);
        if (state.isPresent()) {
            where = where.and(OUTBOUND_MESSAGE.STATE.eq(state.get()));
        }
        if (before.isPresent()) {
            where = where.and(OUTBOUND_MESSAGE.ID.lt(before.getAsLong()));
        }
        return tx.unit().dsl().select(OUTBOUND_MESSAGE.ID, OUTBOUND_MESSAGE.EVENT_ID, REVIEW_EVENT.TYPE,
                        REVIEW_EVENT.SEQ, OUTBOUND_MESSAGE.STATE, OUTBOUND_MESSAGE.TRIES, OUTBOUND_MESSAGE.NEXT_TRY_AT,
                        OUTBOUND_MESSAGE.LAST_TRY_AT, OUTBOUND_MESSAGE.LAST_STATUS, OUTBOUND_MESSAGE.LAST_ERROR,
                        OUTBOUND_MESSAGE.LAST_RESPONSE_EXCERPT)
                .from(OUTBOUND_MESSAGE).join(REVIEW_EVENT).on(REVIEW_EVENT.ID.eq(OUTBOUND_MESSAGE.EVENT_ID))
                .where(where).orderBy(OUTBOUND_MESSAGE.ID.desc()).limit(limit)
                .fetch(PostgresSubscriptionRepository::delivery);
    }

    @Override
    public boolean retry(String id, long deliveryId, Instant now) {
        return tx.unit().dsl().update(OUTBOUND_MESSAGE)
                .set(OUTBOUND_MESSAGE.TRIES, DSL.when(OUTBOUND_MESSAGE.STATE.eq(inline("pending")),
                        OUTBOUND_MESSAGE.TRIES).otherwise(inline(0)))
                .set(OUTBOUND_MESSAGE.STATE, inline("pending"))
                .set(OUTBOUND_MESSAGE.NEXT_TRY_AT, Times.utc(now))
                .where(OUTBOUND_MESSAGE.ID.eq(deliveryId)).and(OUTBOUND_MESSAGE.SUBSCRIPTION_ID.eq(id))
                .execute() == 1;
    }

    @Override
    public int recover(String id, Instant since, Instant now) {
        return tx.unit().dsl().update(OUTBOUND_MESSAGE)
                .set(OUTBOUND_MESSAGE.TRIES, inline(0))
                .set(OUTBOUND_MESSAGE.STATE, inline("pending"))
                .set(OUTBOUND_MESSAGE.NEXT_TRY_AT, Times.utc(now))
                .where(OUTBOUND_MESSAGE.SUBSCRIPTION_ID.eq(id))
                .and(OUTBOUND_MESSAGE.STATE.eq(inline("failed")))
                .and(OUTBOUND_MESSAGE.EVENT_ID.in(select(REVIEW_EVENT.ID).from(REVIEW_EVENT)
                        .where(REVIEW_EVENT.OCCURRED_AT.ge(Times.utc(since)))))
                .execute();
    }

    private static JSONB json(List<String> types) {
        return JSONB.valueOf(types.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",", "[", "]")));
    }

    private static Subscription subscription(SubscriptionRecord r) {
        Optional<List<String>> types = Optional.ofNullable(r.getEventTypes()).map(j -> {
            String inner = j.data().trim();
            inner = inner.substring(1, inner.length() - 1).trim();
            return inner.isEmpty() ? List.<String>of() : java.util.Arrays.stream(inner.split(","))
                    .map(t -> t.trim().replace("\"", "")).toList();
        });
        return new Subscription(r.getId(), r.getUrl(), types, Optional.ofNullable(r.getDescription()),
                r.getEnabled(), Optional.ofNullable(r.getDisabledReason()), Times.instant(r.getCreatedAt()));
    }

    private static WebhookDelivery delivery(Record r) {
        String state = r.get(OUTBOUND_MESSAGE.STATE);
        Integer status = r.get(OUTBOUND_MESSAGE.LAST_STATUS);
        return new WebhookDelivery(r.get(OUTBOUND_MESSAGE.ID), r.get(OUTBOUND_MESSAGE.EVENT_ID),
                r.get(REVIEW_EVENT.TYPE), Optional.ofNullable(r.get(REVIEW_EVENT.SEQ)), state,
                r.get(OUTBOUND_MESSAGE.TRIES),
                Optional.ofNullable(r.get(OUTBOUND_MESSAGE.NEXT_TRY_AT)).filter(t -> state.equals("pending"))
                        .map(Times::instant),
                Optional.ofNullable(r.get(OUTBOUND_MESSAGE.LAST_TRY_AT)).map(Times::instant),
                status == null ? OptionalInt.empty() : OptionalInt.of(status),
                Optional.ofNullable(r.get(OUTBOUND_MESSAGE.LAST_ERROR)),
                Optional.ofNullable(r.get(OUTBOUND_MESSAGE.LAST_RESPONSE_EXCERPT)));
    }
}
