package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.REVIEW_EVENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.rowNumber;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.NewEvent;
import java.util.List;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The outbox and the gap-free feed.
 *
 * <p>A sequence number handed out at insert time is not enough for a reader that follows {@code seq}: a
 * transaction holding number 11 can commit after one holding 12, and a reader who already moved past 12
 * would never see 11. So events are inserted without {@code seq}; before each read, the sequencer numbers
 * every committed, unnumbered event, under a transaction-level advisory lock so that only one sequencer runs
 * at a time. An event becomes visible to readers only with its number, and numbers are handed out in the
 * order events became visible, so {@code seq > after} never skips one.
 */
final class PostgresEventFeed implements Events {
    /** Arbitrary but fixed key of the sequencer's advisory lock. */
    private static final long SEQUENCER_LOCK = 0x70726f63746f72L;

    private static final String APPEND = Rendered.sql(DSL.insertInto(REVIEW_EVENT)
            .set(REVIEW_EVENT.ID, param("id", REVIEW_EVENT.ID))
            .set(REVIEW_EVENT.TYPE, param("type", String.class))
            .set(REVIEW_EVENT.OCCURRED_AT, param("occurred_at", REVIEW_EVENT.OCCURRED_AT))
            .set(REVIEW_EVENT.DATA, param("data", REVIEW_EVENT.DATA)));
    private static final String LOCK_SEQUENCER = Rendered.sql(DSL.select(function("pg_advisory_xact_lock",
            Object.class, inline(SEQUENCER_LOCK))));
    private static final String SEQUENCE_COMMITTED_EVENTS = sequenceCommittedEvents();
    private static final Field<String> DATA = REVIEW_EVENT.DATA.cast(SQLDataType.CLOB).as("data");
    private static final String AFTER = Rendered.sql(DSL.select(REVIEW_EVENT.SEQ, REVIEW_EVENT.ID,
                    REVIEW_EVENT.TYPE, REVIEW_EVENT.OCCURRED_AT, DATA)
            .from(REVIEW_EVENT)
            .where(REVIEW_EVENT.SEQ.gt(param("after", Long.class)))
            .orderBy(REVIEW_EVENT.SEQ)
            .limit(param("limit", Integer.class)));

    private final PostgresTransactions tx;

    PostgresEventFeed(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(NewEvent event) {
        tx.unit().queue(APPEND, p -> p.uuid(event.id()).text(event.type()).time(event.occurredAt())
                .json(event.dataJson()), 1, "append event");
        PostgresOutbox.queueDeliveriesOf(tx.unit(), event);
    }

    /** Numbers the committed, unnumbered events; the outbox runs it too, before it leases webhook deliveries. */
    void sequenceCommitted() {
        UnitOfWork unit = tx.unit();
        unit.list(LOCK_SEQUENCER, Binder.NONE, r -> true);
        unit.update(SEQUENCE_COMMITTED_EVENTS, Binder.NONE);
    }

    @Override
    public List<FeedEvent> after(long after, int limit) {
        sequenceCommitted();
        UnitOfWork unit = tx.unit();
        return unit.list(AFTER, p -> p.bigint(after).integer(limit),
                r -> new FeedEvent(r.getLong(REVIEW_EVENT.SEQ.getName()),
                        r.getObject(REVIEW_EVENT.ID.getName(), UUID.class), r.getString(REVIEW_EVENT.TYPE.getName()),
                        Row.instant(r, REVIEW_EVENT.OCCURRED_AT), r.getString(DATA.getName())));
    }

    /**
     * Numbers every unnumbered event visible to this statement after the highest number so far, in insertion
     * order: an {@code UPDATE … FROM} a window over the unnumbered rows.
     */
    private static String sequenceCommittedEvents() {
        Field<Long> highest = DSL.select(coalesce(max(REVIEW_EVENT.SEQ), inline(0L))).from(REVIEW_EVENT).asField();
        Field<Long> next = highest.plus(rowNumber().over(DSL.orderBy(REVIEW_EVENT.POSITION))).as("seq");
        Table<Record2<UUID, Long>> numbered = DSL.select(REVIEW_EVENT.ID, next).from(REVIEW_EVENT)
                .where(REVIEW_EVENT.SEQ.isNull()).asTable("numbered");
        return Rendered.sql(DSL.update(REVIEW_EVENT)
                .set(REVIEW_EVENT.SEQ, numbered.field(next))
                .from(numbered)
                .where(REVIEW_EVENT.ID.eq(numbered.field(REVIEW_EVENT.ID))));
    }
}
