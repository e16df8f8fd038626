package dev.proctorreviews.application.service.delivery;

import dev.proctorreviews.application.port.out.SeenWebhooks;
import dev.proctorreviews.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;

/**
 * Keeps the store of seen webhook ids to the replay window: ids older than the window can no longer be
 * replays (their timestamps fail the signature check), so they are forgotten.
 */
public final class ForgetOldWebhooksService {
    private final Transactions transactions;
    private final SeenWebhooks seenWebhooks;
    private final Duration window;
    private final Clock clock;

    public ForgetOldWebhooksService(Transactions transactions, SeenWebhooks seenWebhooks, Duration window,
                                    Clock clock) {
        this.transactions = transactions;
        this.seenWebhooks = seenWebhooks;
        this.window = window;
        this.clock = clock;
    }

    /** Forgets the expired ids; returns how many. */
    public int forgetExpired() {
        return transactions.inTransaction(() -> seenWebhooks.forgetBefore(clock.instant().minus(window)));
    }
}
