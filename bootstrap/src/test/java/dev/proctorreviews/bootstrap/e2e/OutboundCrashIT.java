package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At least once under {@code kill -9}: the built jar is killed while signed callbacks arrive and webhook
 * deliveries to a slow receiver are pending and in flight; after a restart on the same database every event
 * committed after the subscription reaches the receiver, and the duplicates (sent before the kill, recorded
 * only after it) are counted and printed for the notes.
 */
class OutboundCrashIT {
    private static final int CALLBACKS_BEFORE_KILL = 30;

    @Test
    void everyEventReachesTheReceiverAtLeastOnceAcrossAKill(@TempDir Path dir) throws Exception {
        Map<String, String> env = environment(dir);
        int port = Integer.parseInt(env.get("PROCTOR_HTTP_PORT"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.delayMillis = 40;
            Process first = ServiceProcess.launch(ServiceProcess.fromJar(), dir, env);
            ServiceProcess.awaitReady(port, first);
            RunningService client = RunningService.at(port);
            JsonNode subscription = ok(client.api("POST", "/api/v1/subscriptions",
                    "{\"url\": \"" + receiver.url() + "\"}"), 201);
            receiver.trust(subscription.get("secret").asText());
            long before = Feed.lastSeq(client);

            AtomicInteger acknowledged = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService senders = Executors.newFixedThreadPool(3);
            for (int s = 0; s < 3; s++) {
                senders.execute(() -> {
                    Lms lms = new Lms(client);
                    while (!killed.get()) {
                        try {
                            if (lms.psi(lms.attempt("psi"), "passed", null).status() == 200) {
                                acknowledged.incrementAndGet();
                            }
                        } catch (RuntimeException | AssertionError e) {
                            return;
                        }
                    }
                });
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.get() < CALLBACKS_BEFORE_KILL && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            killed.set(true);
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
            senders.shutdown();
            senders.awaitTermination(30, TimeUnit.SECONDS);
            int receivedBeforeKill = receiver.accepted().size();

            Process second = ServiceProcess.launch(ServiceProcess.fromJar(), dir, env);
            try {
                ServiceProcess.awaitReady(port, second);
                Set<String> events = Feed.after(client, before).stream().map(e -> e.get("id").asText())
                        .collect(Collectors.toSet());
                assertThat(receivedBeforeKill).as("deliveries were still pending at the kill")
                        .isLessThan(events.size());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!receiver.acceptedIds("/hooks/proctoring").containsAll(events) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(receiver.acceptedIds("/hooks/proctoring")).as("every event at least once")
                        .containsAll(events);
                List<WebhookReceiver.Received> accepted = receiver.accepted();
                assertThat(accepted).allSatisfy(r -> assertThat(r.verified()).isTrue());
                int duplicates = accepted.size() - receiver.acceptedIds("/hooks/proctoring").size();
                System.out.printf("OUTBOUND-KILL: %d callbacks acknowledged, %d events, %d delivered before the"
                                + " kill, %d deliveries after restart, %d duplicates, %d sent twice at once%n",
                        acknowledged.get(), events.size(), receivedBeforeKill, accepted.size() - receivedBeforeKill,
                        duplicates, receiver.overlaps());
                assertThat(receiver.overlaps()).isZero();
                client.api("DELETE", "/api/v1/subscriptions/" + subscription.get("id").asText(), null);
            } finally {
                second.destroy();
                second.waitFor(15, TimeUnit.SECONDS);
            }
        }
    }

    private static Map<String, String> environment(Path dir) throws java.io.IOException {
        TestDatabase.Server db = TestDatabase.server();
        Map<String, String> env = new HashMap<>();
        env.put("PROCTOR_HTTP_PORT", Integer.toString(ServiceProcess.freePort()));
        env.put("PROCTOR_DB_URL", db.url());
        env.put("PROCTOR_DB_USER", db.user());
        env.put("PROCTOR_DB_PASSWORD", db.password());
        env.put("PROCTOR_DATA_DIR", dir.resolve("data").toString());
        env.put("PROCTOR_API_TOKENS", RunningService.TOKEN);
        env.put("PROCTOR_VENDOR_PSI_SECRETS", RunningService.PSI.secret());
        env.put("PROCTOR_OUTBOUND_ALLOW_PRIVATE_NETWORKS", "true");
        env.put("PROCTOR_OUTBOUND_RETRY_SCHEDULE", "100ms,200ms,500ms,1s,2s,5s,10s");
        return env;
    }
}
