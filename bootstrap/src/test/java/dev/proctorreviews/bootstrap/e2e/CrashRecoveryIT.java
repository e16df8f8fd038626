package dev.proctorreviews.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar under load, killed outright, restarted on the same data: every review, attempt and user it
 * acknowledged (2xx) is there exactly once afterwards and the event feed has no gap. Against the embedded
 * PostgreSQL the service dies together with its database (SIGKILL to the JVM, the watchdog and every server
 * process at once, as a machine crash or a container's OOM kill does); against an external PostgreSQL the
 * service alone is killed.
 */
class CrashRecoveryIT {
    private static final int ROUNDS = 3;
    private static final int SENDERS = 4;
    /** A round kills the service once this many more reviews were acknowledged (or after {@link #AT_MOST}). */
    private static final int REVIEWS_PER_ROUND = 40;
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    @Test
    void nothingAcknowledgedIsLostWhenTheServiceDiesWithItsEmbeddedDatabase(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> env = environment(Map.of("PROCTOR_DATA_DIR", data.toString()));
        int port = Integer.parseInt(env.get("PROCTOR_HTTP_PORT"));
        Acknowledged acknowledged = new Acknowledged();
        for (int round = 0; round < ROUNDS; round++) {
            Process service = ServiceProcess.launch(ServiceProcess.fromJar(), dir, env);
            ServiceProcess.awaitReady(port, service);
            underLoad(port, acknowledged, () -> ServiceProcess.killWithItsDatabase(service, data));
        }
        verifyAfterRestart(dir, env, acknowledged, "embedded PostgreSQL, killed with the service");
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheServiceDiesOnAnExternalDatabase(@TempDir Path dir) throws Exception {
        String url = System.getenv("PROCTOR_TEST_DB_URL");
        EmbeddedPostgres own = url == null || url.isBlank() ? EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").start() : null;
        try {
            Map<String, String> external = own == null
                    ? Map.of("PROCTOR_DB_URL", url,
                            "PROCTOR_DB_USER", orEmpty(System.getenv("PROCTOR_TEST_DB_USER"), "postgres"),
                            "PROCTOR_DB_PASSWORD", orEmpty(System.getenv("PROCTOR_TEST_DB_PASSWORD"), ""))
                    : Map.of("PROCTOR_DB_URL", own.getJdbcUrl("postgres", "postgres"), "PROCTOR_DB_USER", "postgres",
                            "PROCTOR_DB_PASSWORD", "");
            Map<String, String> env = environment(external);
            env.put("PROCTOR_DATA_DIR", dir.resolve("data").toString());
            int port = Integer.parseInt(env.get("PROCTOR_HTTP_PORT"));
            Acknowledged acknowledged = new Acknowledged();
            for (int round = 0; round < ROUNDS; round++) {
                Process service = ServiceProcess.launch(ServiceProcess.fromJar(), dir, env);
                ServiceProcess.awaitReady(port, service);
                underLoad(port, acknowledged, () -> {
                    service.destroyForcibly();
                    service.waitFor(30, TimeUnit.SECONDS);
                });
            }
            verifyAfterRestart(dir, env, acknowledged, "external PostgreSQL, service killed");
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    /** Senders create users and attempts and deliver signed reviews until {@code kill} strikes mid-flight. */
    private static void underLoad(int port, Acknowledged acknowledged, Kill kill) throws Exception {
        Lms lms = new Lms(RunningService.at(port));
        JsonNode exam = lms.exam("psi", false);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int i = 0; i < SENDERS; i++) {
            senders.submit(() -> {
                while (!killed.get()) {
                    acknowledged.oneLearner(lms, exam, killed);
                }
            });
        }
        int target = acknowledged.reviews.size() + REVIEWS_PER_ROUND;
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (acknowledged.reviews.size() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        killed.set(true);
        kill.run();
        acknowledged.rounds.incrementAndGet();
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).as("senders stopped").isTrue();
    }

    private static void verifyAfterRestart(Path dir, Map<String, String> env, Acknowledged acknowledged,
                                           String what) throws Exception {
        int port = Integer.parseInt(env.get("PROCTOR_HTTP_PORT"));
        Process service = ServiceProcess.launch(ServiceProcess.fromJar(), dir, env);
        try {
            ServiceProcess.awaitReady(port, service);
            RunningService client = RunningService.at(port);
            int missing = 0;
            for (long user : acknowledged.users) {
                missing += client.get("/api/v1/users/" + user).status() == 200 ? 0 : 1;
            }
            for (Map.Entry<Long, String> attempt : acknowledged.attempts.entrySet()) {
                RunningService.Response found = client.get("/api/v1/attempts/" + attempt.getKey());
                missing += found.status() == 200
                        && found.json().get("attempt_code").asText().equals(attempt.getValue()) ? 0 : 1;
            }
            int reviewedTwice = 0;
            for (String code : acknowledged.reviews) {
                RunningService.Response review = client.get("/api/v1/reviews/" + code);
                missing += review.status() == 200 ? 0 : 1;
                RunningService.Response history = client.get("/api/v1/reviews/" + code + "/history");
                reviewedTwice += review.status() == 200 && (review.json().get("version").asInt() != 1
                        || !history.json().get("history").isEmpty()) ? 1 : 0;
            }
            List<JsonNode> events = Feed.after(client, 0);
            int gaps = 0;
            Map<String, Integer> received = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                gaps += events.get(i).get("seq").asLong() == i + 1 ? 0 : 1;
                if (events.get(i).get("type").asText().equals("review_received")) {
                    received.merge(events.get(i).get("data").get("review_attempt_code").asText(), 1, Integer::sum);
                }
            }
            long eventsNotOnce = acknowledged.reviews.stream().filter(code -> received.getOrDefault(code, 0) != 1)
                    .count();
            System.out.printf("crash test (%s): %d rounds; acknowledged %d reviews, %d attempts, %d users;"
                            + " missing %d; reviewed twice %d; feed %d events, %d gaps, %d acknowledged reviews"
                            + " without exactly one event; other answers during load %s%n", what,
                    acknowledged.rounds.get(), acknowledged.reviews.size(), acknowledged.attempts.size(),
                    acknowledged.users.size(), missing, reviewedTwice, events.size(), gaps, eventsNotOnce,
                    acknowledged.refused);
            assertThat(acknowledged.reviews).as("reviews acknowledged under load").isNotEmpty();
            assertThat(missing).as("acknowledged but missing").isZero();
            assertThat(reviewedTwice).as("acknowledged reviews stored more than once").isZero();
            assertThat(gaps).as("gaps in the feed").isZero();
            assertThat(eventsNotOnce).as("acknowledged reviews without exactly one review_received").isZero();
        } finally {
            service.destroy();
            service.waitFor(15, TimeUnit.SECONDS);
        }
    }

    private static Map<String, String> environment(Map<String, String> database) throws java.io.IOException {
        Map<String, String> env = new HashMap<>(database);
        env.put("PROCTOR_HTTP_PORT", Integer.toString(ServiceProcess.freePort()));
        env.put("PROCTOR_API_TOKENS", RunningService.TOKEN);
        env.put("PROCTOR_VENDOR_PSI_SECRETS", RunningService.PSI.secret());
        return env;
    }

    private static String orEmpty(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @FunctionalInterface
    private interface Kill {
        void run() throws Exception;
    }

    /** What the service answered 2xx to, across rounds. */
    private static final class Acknowledged {
        final Set<Long> users = ConcurrentHashMap.newKeySet();
        final Map<Long, String> attempts = new ConcurrentHashMap<>();
        final Set<String> reviews = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> refused = new ConcurrentHashMap<>();
        final AtomicInteger rounds = new AtomicInteger();

        /** A learner, an attempt and its review; whatever was acknowledged before the kill is recorded. */
        void oneLearner(Lms lms, JsonNode exam, AtomicBoolean killed) {
            try {
                JsonNode user = lms.user("crash", false);
                users.add(user.get("id").asLong());
                JsonNode attempt = lms.attempt(exam, user);
                attempts.put(attempt.get("id").asLong(), attempt.get("attempt_code").asText());
                RunningService.Response review = lms.psi(attempt, "passed", null);
                if (review.status() / 100 == 2) {
                    reviews.add(attempt.get("attempt_code").asText());
                } else {
                    refused.merge(Integer.toString(review.status()), 1, Integer::sum);
                }
            } catch (AssertionError | RuntimeException e) {
                if (!killed.get()) {
                    refused.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                }
            }
        }
    }
}
