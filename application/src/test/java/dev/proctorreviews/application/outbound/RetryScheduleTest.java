package dev.proctorreviews.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryScheduleTest {
    /** A "random" source that always draws the same fraction, so the jitter can be asserted exactly. */
    private static RandomGenerator always(double fraction) {
        return () -> (long) (fraction * (1L << 53)) << 11;
    }

    @Test
    void theDefaultIsTheContractsSchedule() {
        assertThat(RetrySchedule.DEFAULT.delays()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8));
        assertThat(RetrySchedule.DEFAULT.maxTries()).isEqualTo(10);
    }

    @Test
    void readsEveryUnitAndIgnoresSpacesAroundItems() {
        assertThat(RetrySchedule.parse(" 250ms, 5s ,2m,1h").delays()).containsExactly(Duration.ofMillis(250),
                Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofHours(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "5", "5x", "5s,", ",5s", "5s,,30s", "-5s", "0s", "1.5s", "5 s", "5S",
            "1234567890s", "5s;30s"})
    void rejectsMalformedSchedulesNamingTheVariable(String text) {
        assertThatThrownBy(() -> RetrySchedule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PROCTOR_OUTBOUND_RETRY_SCHEDULE");
    }

    @Test
    void theNthFailureWaitsTheNthDelayPlusAtMostTenPercent() {
        RetrySchedule schedule = RetrySchedule.parse("10s,1m");
        assertThat(schedule.delayAfter(1, always(0.0))).contains(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(1, always(0.5))).contains(Duration.ofMillis(10_500));
        assertThat(schedule.delayAfter(2, always(0.25))).contains(Duration.ofMillis(61_500));
        Duration nearTop = schedule.delayAfter(2, always(Math.nextDown(1.0))).orElseThrow();
        assertThat(nearTop).isLessThan(Duration.ofSeconds(66)).isGreaterThan(Duration.ofMillis(65_999));
    }

    @Test
    void jitterFromARealGeneratorStaysWithinTenPercent() {
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        for (int i = 0; i < 1_000; i++) {
            assertThat(RetrySchedule.DEFAULT.delayAfter(9, random).orElseThrow())
                    .isBetween(Duration.ofHours(8), Duration.ofMinutes(8 * 60 + 48));
        }
    }

    @Test
    void theScheduleIsUsedUpAfterItsLastDelay() {
        RetrySchedule schedule = RetrySchedule.parse("5s,30s");
        assertThat(schedule.delayAfter(2, always(0))).isPresent();
        assertThat(schedule.delayAfter(3, always(0))).isEqualTo(Optional.empty());
    }

    @Test
    void thereIsNoRetryBeforeAFailure() {
        assertThatThrownBy(() -> RetrySchedule.DEFAULT.delayAfter(0, always(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyOrNonPositiveListIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(List.of())).hasMessageContaining("PROCTOR_OUTBOUND_RETRY_SCHEDULE");
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO)))
                .hasMessageContaining("PROCTOR_OUTBOUND_RETRY_SCHEDULE");
    }
}
