package dev.proctorreviews.application.service.delivery;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.application.port.in.delivery.DeliveryUseCases;
import dev.proctorreviews.application.port.in.delivery.ReplayResult;
import dev.proctorreviews.application.port.in.review.ReceiveReviewCommand;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.out.ParkedDeliveries;
import dev.proctorreviews.application.port.out.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The dead-letter store's use cases: list what waits, count it, and replay a delivery through the normal
 * workflow once its attempt exists (or its exam is proctored again).
 */
public final class ParkedDeliveriesService
        implements DeliveryUseCases {
    private final Transactions transactions;
    private final ParkedDeliveries parked;
    private final ReceiveVendorReviewUseCase receive;
    private final Clock clock;

    public ParkedDeliveriesService(Transactions transactions, ParkedDeliveries parked,
                                   ReceiveVendorReviewUseCase receive, Clock clock) {
        this.transactions = transactions;
        this.parked = parked;
        this.receive = receive;
        this.clock = clock;
    }

    @Override
    public Page<ParkedDelivery> list(DeliveryState state, PageRequest page) {
        return transactions.inTransaction(() -> parked.inState(state, page));
    }

    @Override
    public long countParked() {
        return transactions.inTransaction(() -> parked.countParked());
    }

    @Override
    public ReplayResult replay(long deliveryId) {
        Optional<ParkedDelivery> found = transactions.inTransaction(() ->
                parked.byId(deliveryId));
        if (found.isEmpty()) {
            return new ReplayResult.NotFound("Could not locate parked delivery id=" + deliveryId);
        }
        ParkedDelivery delivery = found.get();
        if (delivery.state() == DeliveryState.REPLAYED) {
            return new ReplayResult.AlreadyReplayed("Delivery " + deliveryId + " was already replayed.");
        }
        ReceiveReviewResult result = receive.receive(new ReceiveReviewCommand(delivery.vendor(),
                delivery.payload().getBytes(StandardCharsets.UTF_8), delivery.externalIdFromRoute(),
                Optional.empty(), Optional.of(delivery.payloadSha256())));
        if (result instanceof ReceiveReviewResult.Applied || result instanceof ReceiveReviewResult.Duplicate
                || result instanceof ReceiveReviewResult.SupersededByStaffDecision) {
            transactions.inTransaction(() -> {
                parked.markReplayed(deliveryId, clock.instant());
                return null;
            });
        }
        return new ReplayResult.Replayed(result);
    }
}
