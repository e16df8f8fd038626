package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

public abstract class SeenWebhooksContract extends PortContract {

    @Test
    void remembersIdsPerVendorWithinTheWindow() {
        Attempt attempt = newAttempt(unique("ext"));
        String id = unique("msg");
        run(() -> stores().seenWebhooks().remember(ReviewSource.PSI, id, attempt.code(), NOW));

        assertThat(tx(() -> stores().seenWebhooks().seenSince(ReviewSource.PSI, id, NOW.minusSeconds(1))))
                .contains(attempt.code());
        assertThat(tx(() -> stores().seenWebhooks().seenSince(ReviewSource.PSI, id, NOW.plusSeconds(1))))
                .isEmpty();
        assertThat(tx(() -> stores().seenWebhooks().seenSince(ReviewSource.SOFTWARE_SECURE, id,
                NOW.minusSeconds(1)))).isEmpty();
    }

    @Test
    void forgetsIdsSeenBeforeTheCutOff() {
        Attempt attempt = newAttempt(unique("ext"));
        String old = unique("old");
        String fresh = unique("fresh");
        java.time.Instant longAgo = NOW.minus(Duration.ofDays(30));
        run(() -> {
            stores().seenWebhooks().remember(ReviewSource.PSI, old, attempt.code(), longAgo);
            stores().seenWebhooks().remember(ReviewSource.PSI, fresh, attempt.code(), NOW);
        });

        int forgotten = tx(() -> stores().seenWebhooks().forgetBefore(longAgo.plusSeconds(1)));

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> stores().seenWebhooks().seenSince(ReviewSource.PSI, old, longAgo))).isEmpty();
        assertThat(tx(() -> stores().seenWebhooks().seenSince(ReviewSource.PSI, fresh, NOW))).isPresent();
    }
}
