package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.NewEvent;
import java.util.List;
import java.util.UUID;

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
final class JdbcEventFeed implements Events {
    /** Arbitrary but fixed key of the sequencer's advisory lock. */
    private static final long SEQUENCER_LOCK = 0x70726f63746f72L;

    private static final String APPEND = "INSERT INTO review_event (id, type, occurred_at, data)"
            + " VALUES (?, ?, ?, ?::jsonb)";
    private static final String LOCK_SEQUENCER = "SELECT pg_advisory_xact_lock(?)";
    private static final String SEQUENCE_COMMITTED_EVENTS = """
            UPDATE review_event e
               SET seq = numbered.seq
              FROM (SELECT id,
                           (SELECT coalesce(max(seq), 0) FROM review_event)
                               + row_number() OVER (ORDER BY position) AS seq
                      FROM review_event
                     WHERE seq IS NULL) numbered
             WHERE e.id = numbered.id""";
    private static final String AFTER = "SELECT seq, id, type, occurred_at, data::text AS data FROM review_event"
            + " WHERE seq > ? ORDER BY seq LIMIT ?";

    private final PostgresTransactions tx;

    JdbcEventFeed(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(NewEvent event) {
        tx.unit().queue(APPEND, p -> p.uuid(event.id()).text(event.type()).time(event.occurredAt())
                .json(event.dataJson()), 1, "append event");
        JooqOutbox.queueDeliveriesOf(tx.unit(), event);
    }

    /** Numbers the committed, unnumbered events; the outbox runs it too, before it leases webhook deliveries. */
    void sequenceCommitted() {
        UnitOfWork unit = tx.unit();
        unit.list(LOCK_SEQUENCER, p -> p.bigint(SEQUENCER_LOCK), r -> true);
        unit.update(SEQUENCE_COMMITTED_EVENTS, Binder.NONE);
    }

    @Override
    public List<FeedEvent> after(long after, int limit) {
        sequenceCommitted();
        return tx.unit().list(AFTER, p -> p.bigint(after).integer(limit),
                r -> new FeedEvent(r.getLong("seq"), r.getObject("id", UUID.class), r.getString("type"),
                        Row.instant(r, "occurred_at"), r.getString("data")));
    }
}
