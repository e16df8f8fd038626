package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.openedx.eventbus.RedisServerProcess;
import dev.proctorreviews.openedx.eventbus.StreamReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis stopped while learners submit: on a {@code redis-server} this test starts itself (append-only file synced on
 * every write, so what was added before the stop is still there after it), the service keeps answering and stays
 * ready, the events wait in the outbox, and once Redis is back every event is on the stream, in commit order, without
 * anyone restarting anything.
 */
class OpenEdxOutageIT {
    private static final int BEFORE = 15;
    private static final int DURING = 25;
    private static final int AFTER = 10;
    private static final String STREAM = "outage-learning-exam-attempt-lifecycle";

    @TempDir
    Path redisData;

    private RedisServerProcess redis;
    private RunningService service;

    @AfterEach
    void stopEverything() {
        if (service != null) {
            service.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void noEventIsLostOrReorderedAndPublishingResumesByItself() throws IOException {
        redis = new RedisServerProcess("outage-secret", Optional.of(Files.createDirectories(redisData)));
        redis.start();
        service = RunningService.start(Map.of("PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL", redis.url(0).toString(),
                "PROCTOR_OPENEDX_TOPIC_PREFIX", "outage"));
        Lms lms = new Lms(service);
        JsonNode exam = lms.exam("software_secure", false);
        List<JsonNode> attempts = new ArrayList<>();
        for (int i = 0; i < BEFORE + DURING + AFTER; i++) {
            attempts.add(lms.attempt(exam, lms.user("learner" + i, false)));
        }
        List<Long> submitted = new ArrayList<>();

        submit(attempts.subList(0, BEFORE), submitted);
        redis.stop();
        submit(attempts.subList(BEFORE, BEFORE + DURING), submitted);
        assertThat(service.unauthenticated("GET", "/health/ready").status()).isEqualTo(200);
        assertThat(pending()).isPositive();
        redis.start();
        submit(attempts.subList(BEFORE + DURING, attempts.size()), submitted);

        try (StreamReader reader = new StreamReader(redis.url(0))) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (distinctIds(reader.entries(STREAM)).size() < submitted.size() && Instant.now().isBefore(deadline)) {
                pause();
            }
            List<StreamReader.Entry> entries = reader.entries(STREAM);
            List<Long> learners = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (StreamReader.Entry entry : entries) {
                if (!seen.contains(entry.text("id"))) {
                    seen.add(entry.text("id"));
                    learners.add((Long) ((GenericRecord) entry.examAttempt().get("student_user")).get("id"));
                }
            }
            assertThat(learners).as("learners of the published events, repeats left out").isEqualTo(submitted);
            assertThat(entries).extracting(e -> e.text("type"))
                    .containsOnly("org.openedx.learning.exam.attempt.submitted.v1");
        }
        Instant recorded = Instant.now().plus(Duration.ofSeconds(10));
        while (pending() > 0 && Instant.now().isBefore(recorded)) {
            pause();
        }
        assertThat(pending()).isZero();
    }

    private void submit(List<JsonNode> attempts, List<Long> submitted) {
        for (JsonNode attempt : attempts) {
            ok(service.api("PUT", "/api/v1/attempts/" + attempt.get("id").asLong() + "/status",
                    "{\"status\": \"submitted\"}"), 200);
            submitted.add(attempt.get("user_id").asLong());
        }
    }

    private double pending() {
        return service.unauthenticated("GET", "/metrics").body().lines()
                .filter(line -> line.startsWith("proctor_openedx_events_pending "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no proctor_openedx_events_pending metric"));
    }

    private static List<String> distinctIds(List<StreamReader.Entry> entries) {
        return entries.stream().map(e -> e.text("id")).distinct().toList();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
