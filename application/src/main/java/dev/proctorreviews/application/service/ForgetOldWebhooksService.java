package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.out.Stores;
import java.time.Clock;
import java.time.Duration;

/**
 * Keeps the store of seen webhook ids to the replay window: ids older than the window can no longer be
 * replays (their timestamps fail the signature check), so they are forgotten.
 */
public final class ForgetOldWebhooksService {
    private final Stores stores;
    private final Duration window;
    private final Clock clock;

    public ForgetOldWebhooksService(Stores stores, Duration window, Clock clock) {
        this.stores = stores;
        this.window = window;
        this.clock = clock;
    }

    /** Forgets the expired ids; returns how many. */
    public int forgetExpired() {
        return stores.transactions().inTransaction(() ->
                stores.seenWebhooks().forgetBefore(clock.instant().minus(window)));
    }
}
