package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery.DeliveryState;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.application.port.out.ParkedDeliveries;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Parked deliveries by id; one per (vendor, route, digest) as in storage. */
final class InMemoryParkedDeliveries implements ParkedDeliveries {
    private final Map<Long, ParkedDelivery> byId = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized void park(ParkedDelivery d) {
        Optional<ParkedDelivery> same = byId.values().stream()
                .filter(p -> p.vendor() == d.vendor() && p.externalIdFromRoute().equals(d.externalIdFromRoute())
                        && p.payloadSha256().equals(d.payloadSha256())).findFirst();
        if (same.isPresent()) {
            ParkedDelivery p = same.get();
            byId.put(p.id(), new ParkedDelivery(p.id(), p.vendor(), p.externalIdFromRoute(), p.attemptCode(), p.payload(),
                    p.payloadSha256(), d.reason(), d.detail(), p.state(), p.deliveries() + 1, p.firstReceivedAt(),
                    d.lastReceivedAt(), p.replayedAt()));
            return;
        }
        long id = ids.incrementAndGet();
        byId.put(id, new ParkedDelivery(id, d.vendor(), d.externalIdFromRoute(), d.attemptCode(), d.payload(), d.payloadSha256(),
                d.reason(), d.detail(), DeliveryState.PARKED, 1, d.firstReceivedAt(), d.lastReceivedAt(),
                Optional.empty()));
    }

    @Override
    public Page<ParkedDelivery> inState(DeliveryState state, PageRequest page) {
        return page.page(byId.values().stream().filter(p -> p.state() == state && p.id() > page.after())
                .sorted(Comparator.comparingLong(ParkedDelivery::id)).limit(page.limit()).toList(), ParkedDelivery::id);
    }

    @Override
    public Optional<ParkedDelivery> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void markReplayed(long id, Instant at) {
        byId.computeIfPresent(id, (k, p) -> new ParkedDelivery(p.id(), p.vendor(), p.externalIdFromRoute(),
                p.attemptCode(), p.payload(), p.payloadSha256(), p.reason(), p.detail(), DeliveryState.REPLAYED, p.deliveries(),
                p.firstReceivedAt(), p.lastReceivedAt(), Optional.of(at)));
    }

    @Override
    public long countParked() {
        return byId.values().stream().filter(p -> p.state() == DeliveryState.PARKED).count();
    }

    @Override
    public synchronized int forget(Set<AttemptCode> codes, Set<ExternalId> psiExternalIds) {
        List<Long> addressed = byId.values().stream()
                .filter(p -> p.attemptCode().filter(codes::contains).isPresent()
                        || p.vendor() == ReviewSource.PSI && p.externalIdFromRoute()
                        .filter(route -> psiExternalIds.stream().anyMatch(id -> id.matches(route))).isPresent())
                .map(ParkedDelivery::id).toList();
        addressed.forEach(byId::remove);
        return addressed.size();
    }
}
