package dev.proctorreviews.openedx.eventbus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Publishing to a real Redis and reading the entries back as the Open edX consumer does. */
class RedisStreamLifecyclePublisherIT {
    private static final int THROUGHPUT_EVENTS = 5_000;

    private final String prefix = "it-" + UUID.randomUUID();
    private final StreamReader reader = new StreamReader(TestRedis.url());
    private final List<RedisStreamLifecyclePublisher> publishers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        publishers.forEach(publisher -> {
            reader.delete(publisher.streamName());
            publisher.close();
        });
        reader.close();
    }

    @Test
    void addsOneEntryWithTheFieldsInOrderAndDecodableEventData() {
        RedisStreamLifecyclePublisher publisher = publisher(10_000);
        AttemptLifecycleEvent reset = SampleEvents.of(LifecycleChange.RESET);

        publisher.publish(reset);

        List<StreamReader.Entry> entries = reader.entries(prefix + "-learning-exam-attempt-lifecycle");
        assertThat(entries).hasSize(1);
        StreamReader.Entry entry = entries.get(0);
        assertThat(entry.names()).containsExactly(
                "type", "id", "source", "time", "minorversion", "sourcehost", "sourcelib", "event_data");
        assertThat(entry.text("type")).isEqualTo("org.openedx.learning.exam.attempt.reset.v1");
        assertThat(entry.text("id")).isEqualTo(reset.captured().id().toString());
        assertThat(entry.text("source")).isEqualTo("openedx/proctor-reviews/web");
        assertThat(entry.text("time")).isEqualTo("2026-12-01T10:00:00.123456+00:00");
        assertThat(entry.text("minorversion")).isEqualTo("0");
        assertThat(entry.text("sourcehost")).isEqualTo("it-host");
        assertThat(entry.text("sourcelib")).isEqualTo("11.2.0");
        GenericRecord examAttempt = entry.examAttempt();
        GenericRecord student = (GenericRecord) examAttempt.get("student_user");
        assertThat(student.get("id")).isEqualTo(42L);
        assertThat(((GenericRecord) student.get("pii")).get("name")).hasToString("Ada Learner");
        assertThat(examAttempt.get("course_key")).hasToString(SampleEvents.COURSE);
        assertThat(examAttempt.get("usage_key")).hasToString(SampleEvents.USAGE);
        assertThat(examAttempt.get("exam_type")).hasToString("proctored");
        assertThat(((GenericRecord) examAttempt.get("requesting_user")).get("id")).isEqualTo(7L);
    }

    @Test
    void keepsTheOrderEventsWerePublishedIn() {
        RedisStreamLifecyclePublisher publisher = publisher(10_000);
        List<String> published = new ArrayList<>();
        for (LifecycleChange change : List.of(LifecycleChange.SUBMITTED, LifecycleChange.VERIFIED,
                LifecycleChange.RESET, LifecycleChange.SUBMITTED, LifecycleChange.REJECTED, LifecycleChange.ERRORED)) {
            AttemptLifecycleEvent event = SampleEvents.of(change);
            publisher.publish(event);
            published.add(event.captured().id().toString());
        }

        assertThat(reader.entries(publisher.streamName())).extracting(entry -> entry.text("id"))
                .containsExactlyElementsOf(published);
    }

    @Test
    void trimsTheStreamToAboutItsMaximumLength() {
        RedisStreamLifecyclePublisher publisher = publisher(10);
        int published = 500;
        for (int i = 0; i < published; i++) {
            publisher.publish(SampleEvents.of(LifecycleChange.VERIFIED));
        }

        // "~" lets Redis trim only whole nodes (100 entries by default), so the length is near, not at, 10.
        assertThat(reader.length(publisher.streamName())).isLessThan(published / 2);
    }

    /** A figure for the README, not an assertion: one thread publishing back to back. */
    @Test
    void measuresEventsPerSecondOnOneThread() {
        RedisStreamLifecyclePublisher publisher = publisher(100_000);
        AttemptLifecycleEvent event = SampleEvents.of(LifecycleChange.VERIFIED);
        for (int i = 0; i < 500; i++) {
            publisher.publish(event);
        }
        long started = System.nanoTime();
        for (int i = 0; i < THROUGHPUT_EVENTS; i++) {
            publisher.publish(SampleEvents.of(LifecycleChange.VERIFIED));
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("Open edX event bus publisher: %d events in %.2f s = %.0f events/s (one thread, %s)%n",
                THROUGHPUT_EVENTS, seconds, THROUGHPUT_EVENTS / seconds, TestRedis.url());
        assertThat(reader.length(publisher.streamName())).isEqualTo(500 + THROUGHPUT_EVENTS);
    }

    private RedisStreamLifecyclePublisher publisher(long maxLen) {
        OpenEdxEventBusSettings settings = new OpenEdxEventBusSettings(TestRedis.url(), Optional.of(prefix), maxLen,
                OpenEdxEventBusSettings.DEFAULT_SOURCE, "it-host", Duration.ofSeconds(2));
        RedisStreamLifecyclePublisher publisher = new RedisStreamLifecyclePublisher(settings);
        publishers.add(publisher);
        return publisher;
    }
}
