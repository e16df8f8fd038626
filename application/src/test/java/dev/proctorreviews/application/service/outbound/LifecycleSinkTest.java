package dev.proctorreviews.application.service.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.proctorreviews.application.port.out.lifecycle.LifecycleCounters;
import dev.proctorreviews.application.scenarios.RecordedLifecycle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The event bus sink's schedule: it never gives up, and its pause grows to a bound. */
class LifecycleSinkTest {
    private final LifecycleSink sink = new LifecycleSink(new RecordedLifecycle(), event -> { },
            LifecycleCounters.NONE, Duration.ofMillis(500), Duration.ofSeconds(10));

    @Test
    void thePauseDoublesUpToItsBoundAndTheSinkNeverGivesUp() {
        assertThat(sink.retryDelay(1)).contains(Duration.ofMillis(500));
        assertThat(sink.retryDelay(2)).contains(Duration.ofSeconds(1));
        assertThat(sink.retryDelay(5)).contains(Duration.ofSeconds(8));
        assertThat(sink.retryDelay(6)).contains(Duration.ofSeconds(10));
        assertThat(sink.retryDelay(Integer.MAX_VALUE)).contains(Duration.ofSeconds(10));
        assertThat(sink.headOfLine()).isTrue();
    }

    @Test
    void aBackoffMustBePositiveAndAtMostItsBound() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LifecycleSink(new RecordedLifecycle(), event -> { },
                LifecycleCounters.NONE, Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LifecycleSink(new RecordedLifecycle(), event -> { },
                LifecycleCounters.NONE, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
