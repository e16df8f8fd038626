package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.CheckWebhookReplayUseCase;
import dev.proctorreviews.application.port.in.ForgetOldWebhooksUseCase;
import dev.proctorreviews.application.port.in.ReviewSummary;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Replay detection: a webhook id answered 2xx is remembered with its attempt for the replay window, so that a
 * vendor's re-send of it is answered with the attempt's current state and changes nothing, even after a
 * restart.
 */
public final class WebhookReplayService implements CheckWebhookReplayUseCase, ForgetOldWebhooksUseCase {
    private final Stores stores;
    private final Duration window;
    private final Clock clock;

    public WebhookReplayService(Stores stores, Duration window, Clock clock) {
        this.stores = stores;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Optional<ReviewSummary> replayOf(ReviewSource vendor, String webhookId) {
        return stores.transactions().inTransaction(() ->
                stores.seenWebhooks().seenSince(vendor, webhookId, clock.instant().minus(window))
                        .flatMap(this::summaryOf));
    }

    private Optional<ReviewSummary> summaryOf(AttemptCode code) {
        Optional<Attempt> attempt = stores.attempts().find(new AttemptLookup.ByCode(code), false);
        return attempt.map(a -> new ReviewSummary(code,
                stores.reviews().current(code).map(c -> c.review().status()), a.status()));
    }

    @Override
    public int forgetExpired() {
        return stores.transactions().inTransaction(() ->
                stores.seenWebhooks().forgetBefore(clock.instant().minus(window)));
    }
}
