package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.OUTBOUND_MESSAGE;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_EVENT;
import static dev.proctorreviews.persistence.schema.Tables.SUBSCRIPTION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.out.NewEvent;
import dev.proctorreviews.application.port.out.outbox.Backlog;
import dev.proctorreviews.application.port.out.outbox.LeaseRequest;
import dev.proctorreviews.application.port.out.outbox.Outbox;
import dev.proctorreviews.application.port.out.outbox.OutboxMessage;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.port.out.outbox.TryRecord;
import dev.proctorreviews.persistence.schema.tables.OutboundMessage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The outbox table of every sink ({@code outbound_message}).
 *
 * <p>Webhook deliveries are written with their event: {@link #queueDeliveriesOf} is one {@code INSERT … SELECT}
 * over the subscriptions that want the event's type, queued with the event's own insert, so it costs no
 * round trip (and writes nothing when there is no subscription). A delivery is numbered with its event's
 * {@code seq} once the feed's sequencer has numbered the event; a message of another sink is numbered the way
 * the sequencer numbers events (the committed, unnumbered rows, in insertion order, after the highest number so
 * far, while the sink's lease lock is held), so numbers follow the order in which transactions committed.
 *
 * <p>Leasing holds a transaction-level advisory lock per sink, so dispatchers of one sink take turns and each
 * sees the leases of the others (a lane is never split between two of them); the rows themselves are taken {@code FOR UPDATE SKIP LOCKED} (a row being
 * recorded is skipped, not waited for), and a lease is a time ({@code leased_until}) and an owner, so that a
 * dead dispatcher's messages are taken again when their leases end.
 */
final class PostgresOutbox implements Outbox {
    /** Key of the lease lock; the sink's ordinal is added. Distinct from the feed sequencer's key. */
    private static final long LEASE_LOCK = 0x6f7574626f78L;
    private static final String PENDING = "pending";

    private static final String LOCK = Rendered.sql(select(field("pg_advisory_xact_lock({0})", Object.class,
            param("key", Long.class))));

    private static final String QUEUE_DELIVERIES = Rendered.sql(DSL.insertInto(OUTBOUND_MESSAGE,
                    OUTBOUND_MESSAGE.SINK, OUTBOUND_MESSAGE.SUBSCRIPTION_ID, OUTBOUND_MESSAGE.EVENT_ID,
                    OUTBOUND_MESSAGE.STATE, OUTBOUND_MESSAGE.TRIES, OUTBOUND_MESSAGE.NEXT_TRY_AT,
                    OUTBOUND_MESSAGE.CREATED_AT)
            .select(select(inline(SinkName.WEBHOOK.wireName()), SUBSCRIPTION.ID, param("event", UUID.class),
                    inline(PENDING), inline(0), param("next", OffsetDateTime.class),
                    param("created", OffsetDateTime.class))
                    .from(SUBSCRIPTION)
                    .where(SUBSCRIPTION.EVENT_TYPES.isNull().or(condition("{0} @> jsonb_build_array({1})",
                            SUBSCRIPTION.EVENT_TYPES, param("type", String.class))))));

    private static final String APPEND = Rendered.sql(DSL.insertInto(OUTBOUND_MESSAGE)
            .set(OUTBOUND_MESSAGE.SINK, param("sink", String.class))
            .set(OUTBOUND_MESSAGE.PAYLOAD, param("payload", SQLDataType.JSONB))
            .set(OUTBOUND_MESSAGE.STATE, inline(PENDING))
            .set(OUTBOUND_MESSAGE.TRIES, inline(0))
            .set(OUTBOUND_MESSAGE.NEXT_TRY_AT, param("next", OffsetDateTime.class))
            .set(OUTBOUND_MESSAGE.CREATED_AT, param("created", OffsetDateTime.class)));

    /** Webhook deliveries take their event's {@code seq} once it has one. */
    private static final String NUMBER_DELIVERIES = Rendered.sql(DSL.update(OUTBOUND_MESSAGE)
            .set(OUTBOUND_MESSAGE.COMMIT_ORDER, REVIEW_EVENT.SEQ)
            .set(OUTBOUND_MESSAGE.COMMITTED_AT, OUTBOUND_MESSAGE.CREATED_AT)
            .from(REVIEW_EVENT)
            .where(OUTBOUND_MESSAGE.COMMIT_ORDER.isNull())
            .and(OUTBOUND_MESSAGE.EVENT_ID.eq(REVIEW_EVENT.ID))
            .and(REVIEW_EVENT.SEQ.isNotNull()));

    private static final String NUMBER_PAYLOADS = numberPayloads();

    private static final String LEASE_CANDIDATES = leaseCandidates();

    private static final String TAKE_LEASE = Rendered.sql(DSL.update(OUTBOUND_MESSAGE)
            .set(OUTBOUND_MESSAGE.LEASED_UNTIL, param("until", OffsetDateTime.class))
            .set(OUTBOUND_MESSAGE.LEASE_OWNER, param("owner", String.class))
            .where(OUTBOUND_MESSAGE.ID.eq(DSL.any(param("ids", Long[].class)))));

    private static final String RECORD = Rendered.sql(DSL.update(OUTBOUND_MESSAGE)
            .set(OUTBOUND_MESSAGE.STATE, param("state", String.class))
            .set(OUTBOUND_MESSAGE.TRIES, OUTBOUND_MESSAGE.TRIES.plus(inline(1)))
            .set(OUTBOUND_MESSAGE.NEXT_TRY_AT, coalesce(param("next", OffsetDateTime.class),
                    OUTBOUND_MESSAGE.NEXT_TRY_AT))
            .set(OUTBOUND_MESSAGE.LEASED_UNTIL, inline((OffsetDateTime) null))
            .set(OUTBOUND_MESSAGE.LEASE_OWNER, inline((String) null))
            .set(OUTBOUND_MESSAGE.LAST_TRY_AT, param("at", OffsetDateTime.class))
            .set(OUTBOUND_MESSAGE.LAST_STATUS, param("status", Integer.class))
            .set(OUTBOUND_MESSAGE.LAST_ERROR, param("error", String.class))
            .set(OUTBOUND_MESSAGE.LAST_RESPONSE_EXCERPT, param("excerpt", String.class))
            .where(OUTBOUND_MESSAGE.ID.eq(param("id", Long.class)))
            .and(OUTBOUND_MESSAGE.LEASE_OWNER.eq(param("owner", String.class)))
            .and(OUTBOUND_MESSAGE.STATE.eq(inline(PENDING))));

    private static final String RELEASE = Rendered.sql(DSL.update(OUTBOUND_MESSAGE)
            .set(OUTBOUND_MESSAGE.LEASED_UNTIL, inline((OffsetDateTime) null))
            .set(OUTBOUND_MESSAGE.LEASE_OWNER, inline((String) null))
            .where(OUTBOUND_MESSAGE.ID.eq(param("id", Long.class)))
            .and(OUTBOUND_MESSAGE.LEASE_OWNER.eq(param("owner", String.class))));

    private static final String BACKLOG = Rendered.sql(select(count(), min(OUTBOUND_MESSAGE.CREATED_AT).as("oldest"))
            .from(OUTBOUND_MESSAGE)
            .where(OUTBOUND_MESSAGE.SINK.eq(param("sink", String.class)))
            .and(OUTBOUND_MESSAGE.STATE.eq(inline(PENDING))));

    private final PostgresTransactions tx;
    private final PostgresEventFeed feed;

    PostgresOutbox(PostgresTransactions tx, PostgresEventFeed feed) {
        this.tx = tx;
        this.feed = feed;
    }

    /**
     * Queues, with the event's insert, one delivery per subscription that wants the event, disabled ones too: a
     * disabled subscription's deliveries wait (they are not leased) and go out when it is enabled again, so that
     * a subscription the five-day rule switched off loses nothing.
     */
    static void queueDeliveriesOf(UnitOfWork unit, NewEvent event) {
        unit.queue(QUEUE_DELIVERIES, p -> p.uuid(event.id()).time(event.occurredAt()).time(event.occurredAt())
                .text(event.type()), UnitOfWork.ANY_ROWS, "queue webhook deliveries");
    }

    @Override
    public void append(SinkName sink, String payloadJson, java.time.Instant createdAt) {
        if (sink == SinkName.WEBHOOK) {
            throw new IllegalArgumentException("webhook deliveries are written with their event");
        }
        tx.unit().queue(APPEND, p -> p.text(sink.wireName()).json(payloadJson).time(createdAt).time(createdAt), 1,
                "append outbox message");
    }

    @Override
    public List<OutboxMessage> lease(LeaseRequest request) {
        UnitOfWork unit = tx.unit();
        unit.list(LOCK, p -> p.bigint(LEASE_LOCK + request.sink().ordinal()), r -> true);
        if (request.sink() == SinkName.WEBHOOK) {
            feed.sequenceCommitted();
            unit.update(NUMBER_DELIVERIES, Binder.NONE);
        } else {
            unit.update(NUMBER_PAYLOADS, p -> p.text(request.sink().wireName()).text(request.sink().wireName()));
        }
        List<OutboxMessage> leased = unit.list(LEASE_CANDIDATES, p -> p.text(request.sink().wireName())
                .bool(request.headOfLine()).time(request.now()).integer(request.perLane()).time(request.now())
                .time(request.now()).time(request.now()).text(request.owner()).integer(request.limit()),
                r -> message(request.sink(), r));
        if (!leased.isEmpty()) {
            unit.update(TAKE_LEASE, p -> p.time(request.leasedUntil()).text(request.owner())
                    .bigints(leased.stream().map(OutboxMessage::id).toList()));
        }
        return leased;
    }

    @Override
    public boolean record(long messageId, String owner, TryRecord outcome) {
        return tx.unit().update(RECORD, p -> p.text(outcome.state()).time(outcome.nextTryAt().orElse(null))
                .time(outcome.at())
                .bigintOrNull(outcome.status().isPresent() ? (long) outcome.status().getAsInt() : null)
                .text(outcome.error().orElse(null))
                .text(outcome.responseExcerpt().isEmpty() ? null : outcome.responseExcerpt())
                .bigint(messageId).text(owner)) == 1;
    }

    @Override
    public void release(long messageId, String owner) {
        tx.unit().update(RELEASE, p -> p.bigint(messageId).text(owner));
    }

    @Override
    public Backlog backlog(SinkName sink) {
        return tx.unit().first(BACKLOG, p -> p.text(sink.wireName()),
                r -> new Backlog(r.getLong(1), Optional.ofNullable(Row.instant(r, "oldest")))).orElseThrow();
    }

    private static OutboxMessage message(SinkName sink, java.sql.ResultSet r) throws java.sql.SQLException {
        UUID eventId = r.getObject("event_id", UUID.class);
        Optional<FeedEvent> event = eventId == null ? Optional.empty()
                : Optional.of(new FeedEvent(r.getLong("seq"), eventId, r.getString("type"),
                        Row.instant(r, "occurred_at"), r.getString("data")));
        return new OutboxMessage(r.getLong("id"), sink, r.getLong("commit_order"), Row.instant(r, "committed_at"),
                r.getInt("tries"), Optional.ofNullable(r.getString("subscription_id")), event,
                Optional.ofNullable(r.getString("payload")));
    }

    /**
     * Numbers a payload sink's committed, unnumbered messages after its highest number, in insertion order.
     * Run under the sink's lease lock, so two numberings never overlap. The commit time it records is the time
     * the message was written in its transaction, a few milliseconds before that transaction committed: the
     * numbering itself runs later (up to a polling interval), which would date a change after its HTTP answer.
     */
    private static String numberPayloads() {
        OutboundMessage numbered = OUTBOUND_MESSAGE.as("numbered");
        OutboundMessage done = OUTBOUND_MESSAGE.as("done");
        Field<Long> order = field(select(coalesce(max(done.COMMIT_ORDER), inline(0L))).from(done)
                .where(done.SINK.eq(param("sink", String.class))))
                .plus(rowNumber().over().orderBy(numbered.ID)).as("commit_order");
        Table<?> next = select(numbered.ID, order).from(numbered)
                .where(numbered.SINK.eq(param("sink2", String.class))).and(numbered.COMMIT_ORDER.isNull())
                .asTable("next");
        return Rendered.sql(DSL.update(OUTBOUND_MESSAGE)
                .set(OUTBOUND_MESSAGE.COMMIT_ORDER, next.field("commit_order", Long.class))
                .set(OUTBOUND_MESSAGE.COMMITTED_AT, OUTBOUND_MESSAGE.CREATED_AT)
                .from(next)
                .where(OUTBOUND_MESSAGE.ID.eq(next.field(numbered.ID))));
    }

    /**
     * The {@code perLane} oldest due messages of each lane (with head-of-line: the oldest pending ones, due or
     * not), those already out included; of them the due ones that are not leased, in lanes where no other owner
     * holds a live lease; in commit order.
     */
    private static String leaseCandidates() {
        OutboundMessage ranked = OUTBOUND_MESSAGE.as("ranked");
        OutboundMessage other = OUTBOUND_MESSAGE.as("other");
        OutboundMessage m = OUTBOUND_MESSAGE.as("m");
        Field<Integer> rank = rowNumber().over().partitionBy(ranked.SUBSCRIPTION_ID)
                .orderBy(ranked.COMMIT_ORDER, ranked.ID).as("rank");
        // Materialised first: only the few candidates of each lane meet the lease checks below.
        CommonTableExpression<?> lanes = DSL.name("lanes").asMaterialized(select(ranked.ID, rank)
                .from(ranked)
                .where(ranked.SINK.eq(param("sink", String.class)))
                .and(ranked.STATE.eq(inline(PENDING)))
                .and(ranked.COMMIT_ORDER.isNotNull())
                .and(DSL.field(param("headOfLine", Boolean.class)).isTrue()
                        .or(ranked.NEXT_TRY_AT.le(param("now", OffsetDateTime.class))))
                .and(ranked.SUBSCRIPTION_ID.isNull().or(DSL.exists(selectOne().from(SUBSCRIPTION)
                        .where(SUBSCRIPTION.ID.eq(ranked.SUBSCRIPTION_ID)).and(SUBSCRIPTION.ENABLED.isTrue())))));
        Field<Long> candidate = lanes.field(ranked.ID);
        return Rendered.sql(DSL.with(lanes).select(m.ID, m.COMMIT_ORDER, m.COMMITTED_AT, m.TRIES, m.SUBSCRIPTION_ID,
                        m.PAYLOAD.cast(String.class).as("payload"), m.EVENT_ID, REVIEW_EVENT.SEQ, REVIEW_EVENT.TYPE,
                        REVIEW_EVENT.OCCURRED_AT, REVIEW_EVENT.DATA.cast(String.class).as("data"))
                .from(lanes)
                .join(m).on(m.ID.eq(candidate))
                .leftJoin(REVIEW_EVENT).on(REVIEW_EVENT.ID.eq(m.EVENT_ID))
                .where(lanes.field(rank).le(param("perLane", Integer.class)))
                .and(m.NEXT_TRY_AT.le(param("now2", OffsetDateTime.class)))
                .and(m.LEASED_UNTIL.isNull().or(m.LEASED_UNTIL.le(param("now3", OffsetDateTime.class))))
                .and(notExists(selectOne().from(other)
                        .where(other.SINK.eq(m.SINK))
                        .and(other.STATE.eq(inline(PENDING)))
                        .and(other.SUBSCRIPTION_ID.isNotDistinctFrom(m.SUBSCRIPTION_ID))
                        .and(other.LEASED_UNTIL.gt(param("now4", OffsetDateTime.class)))
                        .and(other.LEASE_OWNER.ne(param("owner", String.class)))))
                .orderBy(m.COMMIT_ORDER, m.ID)
                .limit(param("limit", Integer.class))
                .forUpdate().of(m).skipLocked());
    }
}
