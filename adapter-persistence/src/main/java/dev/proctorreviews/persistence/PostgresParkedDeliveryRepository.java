package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.PARKED_DELIVERY;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery.ParkReason;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.application.port.out.ParkedDeliveries;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.persistence.schema.tables.records.ParkedDeliveryRecord;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.impl.DSL;

/** The dead-letter store; the (vendor, route, digest) constraint makes a re-sent body count, not duplicate. */
final class PostgresParkedDeliveryRepository implements ParkedDeliveries {
    private final PostgresTransactions tx;

    PostgresParkedDeliveryRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void park(ParkedDelivery d) {
        tx.unit().dsl().insertInto(PARKED_DELIVERY)
                .set(PARKED_DELIVERY.VENDOR, d.vendor().wireName())
                .set(PARKED_DELIVERY.EXTERNAL_ID_FROM_ROUTE, d.externalIdFromRoute().orElse(""))
                .set(PARKED_DELIVERY.ATTEMPT_CODE, d.attemptCode().map(AttemptCode::value).orElse(null))
                .set(PARKED_DELIVERY.PAYLOAD, d.payload())
                .set(PARKED_DELIVERY.PAYLOAD_SHA256, d.payloadSha256())
                .set(PARKED_DELIVERY.REASON, d.reason().wireName())
                .set(PARKED_DELIVERY.DETAIL, d.detail().length() > 1000 ? d.detail().substring(0, 1000) : d.detail())
                .set(PARKED_DELIVERY.STATE, DeliveryState.PARKED.wireName())
                .set(PARKED_DELIVERY.DELIVERIES, 1)
                .set(PARKED_DELIVERY.FIRST_RECEIVED_AT, Times.utc(d.firstReceivedAt()))
                .set(PARKED_DELIVERY.LAST_RECEIVED_AT, Times.utc(d.lastReceivedAt()))
                .onConflict(PARKED_DELIVERY.VENDOR, PARKED_DELIVERY.EXTERNAL_ID_FROM_ROUTE, PARKED_DELIVERY.PAYLOAD_SHA256)
                .doUpdate()
                .set(PARKED_DELIVERY.DELIVERIES, PARKED_DELIVERY.DELIVERIES.plus(1))
                .set(PARKED_DELIVERY.REASON, d.reason().wireName())
                .set(PARKED_DELIVERY.LAST_RECEIVED_AT, Times.utc(d.lastReceivedAt()))
                .execute();
    }

    @Override
    public Page<ParkedDelivery> inState(DeliveryState state, PageRequest page) {
        return page.page(tx.unit().dsl().selectFrom(PARKED_DELIVERY).where(PARKED_DELIVERY.STATE.eq(state.wireName()))
                .and(PARKED_DELIVERY.ID.gt(page.after())).orderBy(PARKED_DELIVERY.ID).limit(page.limit())
                .fetch(PostgresParkedDeliveryRepository::toDelivery), ParkedDelivery::id);
    }

    @Override
    public Optional<ParkedDelivery> byId(long id) {
        return tx.unit().dsl().selectFrom(PARKED_DELIVERY).where(PARKED_DELIVERY.ID.eq(id)).fetchOptional()
                .map(PostgresParkedDeliveryRepository::toDelivery);
    }

    @Override
    public void markReplayed(long id, Instant at) {
        tx.unit().dsl().update(PARKED_DELIVERY).set(PARKED_DELIVERY.STATE, DeliveryState.REPLAYED.wireName())
                .set(PARKED_DELIVERY.REPLAYED_AT, Times.utc(at)).where(PARKED_DELIVERY.ID.eq(id)).execute();
    }

    @Override
    public long countParked() {
        return tx.unit().dsl().fetchCount(PARKED_DELIVERY, PARKED_DELIVERY.STATE.eq(DeliveryState.PARKED.wireName()));
    }

    @Override
    public int forget(Set<AttemptCode> codes, Set<ExternalId> psiExternalIds) {
        if (codes.isEmpty() && psiExternalIds.isEmpty()) {
            return 0;
        }
        return tx.unit().dsl().deleteFrom(PARKED_DELIVERY)
                .where(PARKED_DELIVERY.ATTEMPT_CODE.in(codes.stream().map(AttemptCode::value).toList()))
                .or(PARKED_DELIVERY.VENDOR.eq(ReviewSource.PSI.wireName())
                        .and(DSL.lower(PARKED_DELIVERY.EXTERNAL_ID_FROM_ROUTE).in(psiExternalIds.stream()
                                .map(id -> id.value().toLowerCase(Locale.ROOT)).toList())))
                .execute();
    }

    private static ParkedDelivery toDelivery(ParkedDeliveryRecord r) {
        return new ParkedDelivery(r.getId(), ReviewSource.fromWireName(r.getVendor()).orElseThrow(),
                Optional.of(r.getExternalIdFromRoute()).filter(id -> !id.isEmpty()),
                Optional.ofNullable(r.getAttemptCode()).map(AttemptCode::new), r.getPayload(),
                r.getPayloadSha256(), ParkReason.fromWireName(r.getReason()).orElseThrow(), r.getDetail(),
                DeliveryState.fromWireName(r.getState()).orElseThrow(), r.getDeliveries(),
                Times.instant(r.getFirstReceivedAt()), Times.instant(r.getLastReceivedAt()),
                Optional.ofNullable(r.getReplayedAt()).map(Times::instant));
    }
}
