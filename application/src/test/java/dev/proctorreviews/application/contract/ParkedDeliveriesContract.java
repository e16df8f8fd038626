package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.review.ReviewSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class ParkedDeliveriesContract extends PortContract {
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, PageRequest.MAX_LIMIT);

    private static ParkedDelivery delivery(String sha) {
        return ParkedDelivery.arrived(ReviewSource.PSI, Optional.of("ext-1"), Optional.empty(),
                "{\"status\":\"passed\"}", sha, ParkedDelivery.ParkReason.ATTEMPT_NOT_FOUND,
                "Could not locate an attempt with external_id=ext-1", NOW);
    }

    @Test
    void theSameBodyAgainCountsInsteadOfDuplicating() {
        String sha = unique("sha").substring(0, 40);
        long before = tx(() -> stores().parkedDeliveries().countParked());
        run(() -> stores().parkedDeliveries().park(delivery(sha)));
        run(() -> stores().parkedDeliveries().park(delivery(sha)));

        ParkedDelivery parked = tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, FIRST_PAGE))
                .items().stream()
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
        long id = tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, FIRST_PAGE))
                .items().stream()
                .filter(d -> d.payloadSha256().equals(sha)).findFirst().orElseThrow().id();

        run(() -> stores().parkedDeliveries().markReplayed(id, NOW.plusSeconds(5)));

        ParkedDelivery replayed = tx(() -> stores().parkedDeliveries().byId(id)).orElseThrow();
        assertThat(replayed.state()).isEqualTo(DeliveryState.REPLAYED);
        assertThat(replayed.replayedAt()).contains(NOW.plusSeconds(5));
        assertThat(tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, FIRST_PAGE)).items())
                .noneMatch(d -> d.id() == id);
        assertThat(tx(() -> stores().parkedDeliveries().inState(DeliveryState.REPLAYED, FIRST_PAGE)).items())
                .anyMatch(d -> d.id() == id);
    }

    @Test
    void pagesHoldAtMostTheLimitAndContinueFromNextAfter() {
        long start = tx(() -> lastId(DeliveryState.REPLAYED));
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String sha = unique("sha").substring(0, 40);
            run(() -> stores().parkedDeliveries().park(delivery(sha)));
            long id = tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, PageRequest.of(start, 1000)))
                    .items().stream().filter(d -> d.payloadSha256().equals(sha)).findFirst().orElseThrow().id();
            run(() -> stores().parkedDeliveries().markReplayed(id, NOW));
            added.add(id);
        }

        List<Long> read = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long after = start;
        for (int round = 0; round < 4; round++) {
            long from = after;
            Page<ParkedDelivery> page = tx(() -> stores().parkedDeliveries()
                    .inState(DeliveryState.REPLAYED, PageRequest.of(from, 2)));
            page.items().forEach(d -> read.add(d.id()));
            sizes.add(page.items().size());
            after = page.nextAfter();
        }

        assertThat(sizes).containsExactly(2, 2, 1, 0);
        assertThat(read).containsExactlyElementsOf(added);
        assertThat(after).isEqualTo(added.get(added.size() - 1));
    }

    /** The newest id in a state (0 when none): other tests share the store, so pages start after it. */
    private long lastId(DeliveryState state) {
        long after = 0;
        Page<ParkedDelivery> page;
        do {
            page = stores().parkedDeliveries().inState(state, PageRequest.of(after, PageRequest.MAX_LIMIT));
            after = page.nextAfter();
        } while (page.items().size() == PageRequest.MAX_LIMIT);
        return after;
    }

    @Test
    void forgettingDeletesTheDeliveriesAddressedToTheGivenAttemptsInAnyState() {
        AttemptCode code = AttemptCode.generate();
        String external = unique("Late");
        String unrelated = unique("other");
        ParkedDelivery byCode = ParkedDelivery.arrived(ReviewSource.SOFTWARE_SECURE, Optional.empty(),
                Optional.of(code), "{}", unique("sha").substring(0, 40), ParkedDelivery.ParkReason.ATTEMPT_NOT_FOUND,
                "not found", NOW);
        ParkedDelivery byRoute = routed(external);
        run(() -> {
            stores().parkedDeliveries().park(byCode);
            stores().parkedDeliveries().park(byRoute);
            stores().parkedDeliveries().park(routed(unrelated));
        });
        long replayedId = idOf(byRoute.payloadSha256());
        run(() -> stores().parkedDeliveries().markReplayed(replayedId, NOW));

        int forgotten = tx(() -> stores().parkedDeliveries().forget(Set.of(code),
                Set.of(new ExternalId(external.toUpperCase(Locale.ROOT)))));

        assertThat(forgotten).isEqualTo(2);
        assertThat(tx(() -> stores().parkedDeliveries().byId(replayedId))).isEmpty();
        assertThat(tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, FIRST_PAGE))
                .items()).noneMatch(d -> d.attemptCode().equals(Optional.of(code)))
                .anyMatch(d -> d.externalIdFromRoute().equals(Optional.of(unrelated)));
        assertThat(tx(() -> stores().parkedDeliveries().forget(Set.of(), Set.of()))).isZero();
    }

    private static ParkedDelivery routed(String externalId) {
        return ParkedDelivery.arrived(ReviewSource.PSI, Optional.of(externalId), Optional.empty(), "{}",
                unique("sha").substring(0, 40), ParkedDelivery.ParkReason.ATTEMPT_NOT_FOUND, "not found", NOW);
    }

    private long idOf(String sha) {
        return tx(() -> stores().parkedDeliveries().inState(DeliveryState.PARKED, FIRST_PAGE))
                .items().stream().filter(d -> d.payloadSha256().equals(sha)).findFirst().orElseThrow().id();
    }
}
