package dev.proctorreviews.openedx.eventbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.proctorreviews.application.port.out.lifecycle.AttemptLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import dev.proctorreviews.application.port.out.lifecycle.PublisherUnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redis going away and coming back, on a {@code redis-server} this test starts itself (with a password and
 * a non-default database, so the URL's parts are proven too).
 */
class RedisOutageIT {
    /** A bound that only a hang exceeds; the publisher's own timeout is 2 s. */
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    private final RedisServerProcess redis = new RedisServerProcess("it-secret");
    private RedisStreamLifecyclePublisher publisher;

    @AfterEach
    void stopEverything() {
        if (publisher != null) {
            publisher.close();
        }
        redis.close();
    }

    @Test
    void failsWithTheCoreExceptionWhileRedisIsDownAndResumesByItselfWhenItIsBack() {
        redis.start();
        publisher = new RedisStreamLifecyclePublisher(new OpenEdxEventBusSettings(redis.url(2), Optional.of("dev"),
                10_000, OpenEdxEventBusSettings.DEFAULT_SOURCE, "it-host", Duration.ofSeconds(2)));
        publisher.publish(SampleEvents.of(LifecycleChange.SUBMITTED));

        redis.stop();
        AttemptLifecycleEvent duringOutage = SampleEvents.of(LifecycleChange.VERIFIED);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> publisher.publish(duringOutage))
                    .isInstanceOf(PublisherUnavailableException.class)
                    .hasMessageContaining(duringOutage.captured().id().toString()));
        }

        redis.start();
        publisher.publish(duringOutage);

        try (StreamReader reader = new StreamReader(redis.url(2))) {
            assertThat(reader.entries("dev-learning-exam-attempt-lifecycle"))
                    .extracting(entry -> entry.text("id"))
                    .containsExactly(duringOutage.captured().id().toString());
        }
    }
}
