package dev.proctorreviews.webhooks.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.outbound.DeliveryOutcome;
import dev.proctorreviews.application.outbound.HostResolver;
import dev.proctorreviews.application.outbound.OutgoingWebhook;
import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.outbound.TargetPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * How many signed deliveries per second the sender gets through to a real receiver on 127.0.0.1 (printed, not
 * asserted: the build machine is shared). Asserted is what must hold at any speed: every try delivered, every
 * signature accepted by the reference library, nothing lost.
 */
class DeliveryThroughputTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final int WARM_UP = 200;
    private static final int MEASURED = 2_000;
    private static final int CONCURRENT = 8;

    @Test
    void printsDeliveriesPerSecondToALocalReceiver() throws Exception {
        try (Receiver receiver = new Receiver(SECRET);
                JdkHttpWebhookSender sender = new JdkHttpWebhookSender(new TargetPolicy(true, HostResolver.system()),
                        new WebhookSenderSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), 16))) {
            ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT);
            try {
                run(sender, callers, receiver.url("/ok"), WARM_UP);
                long start = System.nanoTime();
                List<DeliveryOutcome> outcomes = run(sender, callers, receiver.url("/ok"), MEASURED);
                double seconds = (System.nanoTime() - start) / 1e9;

                assertThat(outcomes).allMatch(DeliveryOutcome.Delivered.class::isInstance);
                assertThat(receiver.received()).hasSize(WARM_UP + MEASURED)
                        .allMatch(Receiver.Received::signatureValid);
                System.out.printf(Locale.ROOT, "Outbound webhooks: %d signed deliveries to 127.0.0.1 with %d callers"
                        + " in %.2f s = %.0f deliveries/s%n", MEASURED, CONCURRENT, seconds, MEASURED / seconds);
            } finally {
                callers.shutdownNow();
            }
        }
    }

    private static List<DeliveryOutcome> run(JdkHttpWebhookSender sender, ExecutorService callers, String url,
            int count) throws Exception {
        List<Future<DeliveryOutcome>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = "{\"type\":\"review_received\",\"seq\":" + i + ",\"data\":{}}";
            OutgoingWebhook webhook = new OutgoingWebhook(URI.create(url), "evt_" + i, Instant.now(),
                    body.getBytes(StandardCharsets.UTF_8), List.of(SigningKey.parse(SECRET)));
            futures.add(callers.submit(() -> sender.send(webhook)));
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>(count);
        for (Future<DeliveryOutcome> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }
}
