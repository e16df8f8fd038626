package dev.proctorreviews.openedx.eventbus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamEntryTest {
    private static final OpenEdxEventBusSettings SETTINGS = new OpenEdxEventBusSettings(
            URI.create("redis://127.0.0.1:6379/0"), Optional.of("dev"), 10_000, "openedx/proctor-reviews/web",
            "review-host-1", Duration.ofSeconds(2));

    @Test
    void writesTheSevenMetadataFieldsInTheProducersOrderThenTheEventData() {
        AttemptLifecycleEvent event = SampleEvents.of(LifecycleChange.SUBMITTED);

        Map<byte[], byte[]> fields = StreamEntry.fields(event, SETTINGS);

        assertThat(fields.keySet()).map(StreamEntryTest::text).containsExactly(
                "type", "id", "source", "time", "minorversion", "sourcehost", "sourcelib", "event_data");
        assertThat(fields.values()).map(StreamEntryTest::text).startsWith(
                "org.openedx.learning.exam.attempt.submitted.v1", event.captured().id().toString(),
                "openedx/proctor-reviews/web", "2026-12-01T10:00:00.123456+00:00", "0", "review-host-1", "11.2.0");
        assertThat(fields.values()).last().isEqualTo(ExamAttemptEncoder.encode(event.captured()));
    }

    @ParameterizedTest
    @CsvSource({
        "SUBMITTED, org.openedx.learning.exam.attempt.submitted.v1",
        "VERIFIED, org.openedx.learning.exam.attempt.verified.v1",
        "REJECTED, org.openedx.learning.exam.attempt.rejected.v1",
        "ERRORED, org.openedx.learning.exam.attempt.errored.v1",
        "RESET, org.openedx.learning.exam.attempt.reset.v1"})
    void namesTheOpenEdxEventTypeOfEachChange(LifecycleChange change, String type) {
        Map<byte[], byte[]> fields = StreamEntry.fields(SampleEvents.of(change), SETTINGS);

        assertThat(text(fields.values().iterator().next())).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-01T10:00:00Z, 2026-12-01T10:00:00.000000+00:00",
        "2026-12-01T10:00:00.5Z, 2026-12-01T10:00:00.500000+00:00",
        "2026-12-31T23:59:59.999999999Z, 2026-12-31T23:59:59.999999+00:00"})
    void writesTheTimeInUtcWithMicrosecondsAndAnExplicitOffset(String committed, String expected) {
        AttemptLifecycleEvent sample = SampleEvents.of(LifecycleChange.VERIFIED);
        AttemptLifecycleEvent event = new AttemptLifecycleEvent(sample.captured(), Instant.parse(committed));

        assertThat(StreamEntry.time(event)).isEqualTo(expected);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
