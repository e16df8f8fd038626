package dev.proctorreviews.openedx.eventbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenEdxEventBusSettingsTest {
    private static final URI REDIS = URI.create("redis://:secret@redis:6379/0");

    @Test
    void defaultsToTheContractsValuesAndTheUnprefixedStream() {
        OpenEdxEventBusSettings settings = OpenEdxEventBusSettings.defaults(REDIS);

        assertThat(settings.streamName()).isEqualTo("learning-exam-attempt-lifecycle");
        assertThat(settings.streamMaxLen()).isEqualTo(10_000);
        assertThat(settings.source()).isEqualTo("openedx/proctor-reviews/web");
        assertThat(settings.sourceHost()).isNotBlank();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void prefixesTheStreamWithAHyphenAsTutorDoes() {
        assertThat(settings(REDIS, Optional.of("dev")).streamName()).isEqualTo("dev-learning-exam-attempt-lifecycle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://redis:6379", "redis:///0", "unix:///tmp/redis.sock"})
    void rejectsUrlsThatAreNotRedisUrlsWithAHost(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(URI.create(url), Optional.empty()));
    }

    @Test
    void rejectsABlankPrefixAndANonPositiveLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(REDIS, Optional.of(" ")));
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenEdxEventBusSettings(REDIS, Optional.empty(), 0,
                "openedx/proctor-reviews/web", "host", Duration.ofSeconds(2)));
    }

    private static OpenEdxEventBusSettings settings(URI url, Optional<String> prefix) {
        return new OpenEdxEventBusSettings(url, prefix, 10_000, "openedx/proctor-reviews/web", "host",
                Duration.ofSeconds(2));
    }
}
