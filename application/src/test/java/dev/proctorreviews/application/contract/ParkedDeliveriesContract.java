package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.domain.review.ReviewSource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class ParkedDeliveriesContract extends PortContract {

    private static ParkedDelivery delivery(String sha) {
        return new ParkedDelivery(0, ReviewSource.PSI, Optional.of("ext-1"), "{\"status\":\"passed\"}", sha,
                ParkedDelivery.ParkReason.ATTEMPT_NOT_FOUND, "Could not locate an attempt with external_id=ext-1", DeliveryState.PARKED, 1,
                NOW, NOW, Optional.empty());
    }

    @Test
    void theSameBodyAgainCountsInsteadOfDuplicating() {
        String sha = unique("sha").substring(0, 40);
        long before = tx(() -> stores().parkedDeliveries().countParked());
        run(() -> stores().parkedDeliveries().park(delivery(sha)));
        run(() -> stores().parkedDeliveries().park(delivery(sha)));

        ParkedDelivery parked = tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, 1000)).stream()
                .filter(d -> d.payloadSha256().equals(sha)).findFirst().orElseThrow();

        assertThat(parked.deliveries()).isEqualTo(2);
        assertThat(parked.payload()).isEqualTo("{\"status\":\"passed\"}");
        assertThat(parked.externalIdFromRoute()).contains("ext-1");
        assertThat(parked.reason()).isEqualTo(ParkedDelivery.ParkReason.ATTEMPT_NOT_FOUND);
        assertThat(tx(() -> stores().parkedDeliveries().countParked())).isEqualTo(before + 1);
        assertThat(tx(() -> stores().parkedDeliveries().byId(parked.id()))).contains(parked);
    }

    @Test
    void aReplayedDeliveryLeavesTheParkedList() {
        String sha = unique("sha").substring(0, 40);
        run(() -> stores().parkedDeliveries().park(delivery(sha)));
        long id = tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, 1000)).stream()
                .filter(d -> d.payloadSha256().equals(sha)).findFirst().orElseThrow().id();

        run(() -> stores().parkedDeliveries().markReplayed(id, NOW.plusSeconds(5)));

        ParkedDelivery replayed = tx(() -> stores().parkedDeliveries().byId(id)).orElseThrow();
        assertThat(replayed.state()).isEqualTo(DeliveryState.REPLAYED);
        assertThat(replayed.replayedAt()).contains(NOW.plusSeconds(5));
        assertThat(tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, 1000)))
                .noneMatch(d -> d.id() == id);
        assertThat(tx(() -> stores().parkedDeliveries().inState(DeliveryState.REPLAYED, 1000)))
                .anyMatch(d -> d.id() == id);
    }
}
