package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.REVIEW_EVENT;

import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.FeedEvent;
import dev.proctorreviews.application.port.out.NewEvent;
import java.util.List;
import org.jooq.JSONB;

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
final class JooqEventFeed implements Events {
    /** Arbitrary but fixed key of the sequencer's advisory lock. */
    private static final long SEQUENCER_LOCK = 0x70726f63746f72L;

    private static final String SEQUENCE_COMMITTED_EVENTS = """
            UPDATE review_event e
               SET seq = numbered.seq
              FROM (SELECT id,
                           (SELECT coalesce(max(seq), 0) FROM review_event)
                               + row_number() OVER (ORDER BY position) AS seq
                      FROM review_event
                     WHERE seq IS NULL) numbered
             WHERE e.id = numbered.id""";

    private final JooqTransactions tx;

    JooqEventFeed(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(NewEvent event) {
        tx.dsl().insertInto(REVIEW_EVENT)
                .set(REVIEW_EVENT.ID, event.id())
                .set(REVIEW_EVENT.TYPE, event.type())
                .set(REVIEW_EVENT.OCCURRED_AT, Times.utc(event.occurredAt()))
                .set(REVIEW_EVENT.DATA, JSONB.valueOf(event.dataJson()))
                .execute();
    }

    @Override
    public List<FeedEvent> after(long after, int limit) {
        tx.dsl().execute("SELECT pg_advisory_xact_lock(?)", SEQUENCER_LOCK);
        tx.dsl().execute(SEQUENCE_COMMITTED_EVENTS);
        return tx.dsl().selectFrom(REVIEW_EVENT)
                .where(REVIEW_EVENT.SEQ.gt(after))
                .orderBy(REVIEW_EVENT.SEQ)
                .limit(limit)
                .fetch(r -> new FeedEvent(r.getSeq(), r.getId(), r.getType(), Times.instant(r.getOccurredAt()),
                        r.getData().data()));
    }
}
