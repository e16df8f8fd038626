package dev.proctorreviews.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationTest {

    @Test
    void defaultsNeedNoConfigurationAtAll() {
        Configuration c = Configuration.from(Map.of());

        assertThat(c.httpPort()).isEqualTo(7070);
        assertThat(c.database()).isEmpty();
        assertThat(c.dataDir()).isEqualTo(Path.of("./proctor-data"));
        assertThat(c.apiTokens()).isEmpty();
        assertThat(c.softwareSecureSecrets()).isEmpty();
        assertThat(c.allowUnsignedSoftwareSecure()).isFalse();
        assertThat(c.allowReviewUpdates()).isTrue();
        assertThat(c.requireFailureSecondReviews()).isTrue();
        assertThat(c.allowCallbackSimulation()).isFalse();
        assertThat(c.passingStatuses().forBackend(Backend.SOFTWARE_SECURE))
                .isEqualTo(Set.of(ReviewStatus.CLEAN, ReviewStatus.RULES_VIOLATION));
        assertThat(c.passingStatuses().forBackend(Backend.PSI)).isEqualTo(Set.of(ReviewStatus.CLEAN));
        assertThat(c.videoUrlKey()).isEmpty();
        assertThat(c.publicBaseUrl()).isEmpty();
        assertThat(c.maxInFlight()).isEqualTo(64);
        assertThat(c.dbPoolSize()).isGreaterThanOrEqualTo(4);
        assertThat(c.oidc()).isEmpty();
        assertThat(c.frameAncestors()).isEmpty();
        assertThat(c.openEdxEventBus()).isEmpty();
    }

    @Test
    void theOpenEdxEventBusIsOnWithItsUrlAndTakesTheContractsDefaults() {
        Configuration c = Configuration.from(Map.of("PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL", "redis://:pw@redis:6379/0"));

        assertThat(c.openEdxEventBus()).hasValueSatisfying(bus -> {
            assertThat(bus.redisUrl()).hasToString("redis://:pw@redis:6379/0");
            assertThat(bus.streamName()).isEqualTo("learning-exam-attempt-lifecycle");
            assertThat(bus.streamMaxLen()).isEqualTo(10_000);
            assertThat(bus.source()).isEqualTo("openedx/proctor-reviews/web");
        });
    }

    @Test
    void readsEveryVariable() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Configuration c = Configuration.from(Map.ofEntries(
                Map.entry("PROCTOR_HTTP_PORT", "0"),
                Map.entry("PROCTOR_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                Map.entry("PROCTOR_DB_USER", "u"),
                Map.entry("PROCTOR_DB_PASSWORD", "p"),
                Map.entry("PROCTOR_DATA_DIR", "/tmp/x"),
                Map.entry("PROCTOR_API_TOKENS", " a, b ,"),
                Map.entry("PROCTOR_VENDOR_SOFTWARE_SECURE_SECRETS", "whsec_" + key + ",whsec_" + key),
                Map.entry("PROCTOR_VENDOR_PSI_SECRETS", "whsec_" + key),
                Map.entry("PROCTOR_VENDOR_SOFTWARE_SECURE_ALLOW_UNSIGNED", "TRUE"),
                Map.entry("PROCTOR_ALLOW_REVIEW_UPDATES", "false"),
                Map.entry("PROCTOR_REQUIRE_FAILURE_SECOND_REVIEWS", "false"),
                Map.entry("PROCTOR_ALLOW_CALLBACK_SIMULATION", "true"),
                Map.entry("PROCTOR_PASSING_STATUSES_SOFTWARE_SECURE", "Clean"),
                Map.entry("PROCTOR_PASSING_STATUSES_PSI", "Clean,Rules Violation"),
                Map.entry("PROCTOR_VIDEO_URL_KEY", key),
                Map.entry("PROCTOR_PUBLIC_BASE_URL", "https://lms.example/"),
                Map.entry("PROCTOR_OIDC_ISSUER", "https://sso.example/realms/staff/"),
                Map.entry("PROCTOR_OIDC_CLIENT_ID", "proctor"),
                Map.entry("PROCTOR_OIDC_CLIENT_SECRET", "s3cret-value"),
                Map.entry("PROCTOR_FRAME_ANCESTORS", "https://lms.example https://studio.lms.example"),
                Map.entry("PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL", "rediss://bus:s3cret-value@redis.example:6380/2"),
                Map.entry("PROCTOR_OPENEDX_TOPIC_PREFIX", "dev"),
                Map.entry("PROCTOR_OPENEDX_STREAM_MAX_LEN", "500"),
                Map.entry("PROCTOR_OPENEDX_SOURCE", "openedx/proctoring/test")));

        assertThat(c.httpPort()).isZero();
        assertThat(c.database()).hasValueSatisfying(db -> {
            assertThat(db.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
            assertThat(db.user()).isEqualTo("u");
            assertThat(db.toString()).doesNotContain("p]");
        });
        assertThat(c.apiTokens()).contains(java.util.List.of("a", "b"));
        assertThat(c.softwareSecureSecrets()).hasSize(2);
        assertThat(c.psiSecrets()).hasSize(1);
        assertThat(c.allowUnsignedSoftwareSecure()).isTrue();
        assertThat(c.allowReviewUpdates()).isFalse();
        assertThat(c.requireFailureSecondReviews()).isFalse();
        assertThat(c.allowCallbackSimulation()).isTrue();
        assertThat(c.passingStatuses().forBackend(Backend.SOFTWARE_SECURE)).isEqualTo(Set.of(ReviewStatus.CLEAN));
        assertThat(c.passingStatuses().forBackend(Backend.PSI))
                .isEqualTo(Set.of(ReviewStatus.CLEAN, ReviewStatus.RULES_VIOLATION));
        assertThat(c.videoUrlKey()).isPresent();
        assertThat(c.publicBaseUrl()).contains("https://lms.example");
        assertThat(c.oidc()).hasValueSatisfying(o -> {
            assertThat(o.issuer()).isEqualTo("https://sso.example/realms/staff/");
            assertThat(o.clientId()).isEqualTo("proctor");
            assertThat(o.clientSecret()).isEqualTo("s3cret-value");
        });
        assertThat(c.frameAncestors()).contains("https://lms.example https://studio.lms.example");
        assertThat(c.openEdxEventBus()).hasValueSatisfying(bus -> {
            assertThat(bus.redisUrl().getHost()).isEqualTo("redis.example");
            assertThat(bus.streamName()).isEqualTo("dev-learning-exam-attempt-lifecycle");
            assertThat(bus.streamMaxLen()).isEqualTo(500);
            assertThat(bus.source()).isEqualTo("openedx/proctoring/test");
        });
        assertThat(c.toString()).doesNotContain(key, "s3cret-value");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PROCTOR_HTTP_PORT | abc",
        "PROCTOR_HTTP_PORT | 70000",
        "PROCTOR_DB_URL | postgres://localhost/db",
        "PROCTOR_API_TOKENS | ,,",
        "PROCTOR_VENDOR_SOFTWARE_SECURE_SECRETS | secret",
        "PROCTOR_VENDOR_PSI_SECRETS | whsec_***",
        "PROCTOR_VENDOR_PSI_SECRETS | whsec_c2hvcnQ=",
        "PROCTOR_VENDOR_SOFTWARE_SECURE_ALLOW_UNSIGNED | yes",
        "PROCTOR_ALLOW_REVIEW_UPDATES | 1",
        "PROCTOR_REQUIRE_FAILURE_SECOND_REVIEWS | on",
        "PROCTOR_ALLOW_CALLBACK_SIMULATION | maybe",
        "PROCTOR_PASSING_STATUSES_SOFTWARE_SECURE | clean",
        "PROCTOR_PASSING_STATUSES_PSI | Clean,Bogus",
        "PROCTOR_VIDEO_URL_KEY | c2hvcnQ=",
        "PROCTOR_PUBLIC_BASE_URL | lms.example",
        "PROCTOR_MAX_IN_FLIGHT | 0",
        "PROCTOR_DB_POOL_SIZE | many",
        "PROCTOR_OIDC_ISSUER | sso.example",
        "PROCTOR_FRAME_ANCESTORS | https://lms.example; script-src *",
        "PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL | http://:s3cret@redis:6379",
        "PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL | redis:// s3cret",
        "PROCTOR_OPENEDX_TOPIC_PREFIX | d e v",
        "PROCTOR_OPENEDX_STREAM_MAX_LEN | 0"})
    void aMalformedValueIsOneLineNamingTheVariable(String variable, String value) {
        assertThatThrownBy(() -> Configuration.from(Map.of(variable, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(variable + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "s3cret"));
    }

    /** OpenID Connect is all three variables or none; the first one missing is named. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PROCTOR_OIDC_ISSUER | PROCTOR_OIDC_CLIENT_ID",
        "PROCTOR_OIDC_CLIENT_ID | PROCTOR_OIDC_ISSUER",
        "PROCTOR_OIDC_CLIENT_SECRET | PROCTOR_OIDC_ISSUER"})
    void aPartOfOpenIdConnectNamesWhatIsMissing(String given, String named) {
        assertThatThrownBy(() -> Configuration.from(Map.of(given, "https://sso.example")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(named + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
