package dev.proctorreviews.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OutboundValuesTest {
    private static final SigningKey KEY = SigningKey.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    @Test
    void aSigningKeyRoundTripsItsWrittenFormAndNeverShowsItself() {
        assertThat(KEY.written()).isEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(KEY.toString()).doesNotContain("MfKQ").isEqualTo("SigningKey[redacted]");
        assertThat(KEY).isEqualTo(SigningKey.parse(KEY.written()));
        assertThatThrownBy(() -> SigningKey.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> SigningKey.parse("whsec_%%%")).hasMessageNotContaining("%%%");
    }

    @Test
    void anOutgoingWebhookNamesItselfWithoutBodyOrKeys() {
        OutgoingWebhook webhook = new OutgoingWebhook(URI.create("https://lms.example.org/h"), "evt_1",
                Instant.parse("2026-12-01T10:00:00Z"), "{\"secret\":1}".getBytes(StandardCharsets.UTF_8), List.of(KEY));
        assertThat(webhook.toString()).contains("evt_1", "12 bytes", "keys=1").doesNotContain("secret", "MfKQ");
        assertThatThrownBy(() -> new OutgoingWebhook(webhook.url(), " ", webhook.attemptTime(), webhook.body(),
                List.of(KEY))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingWebhook(webhook.url(), "evt_1", webhook.attemptTime(), webhook.body(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomesKeepTheirInvariants() {
        assertThatThrownBy(() -> new DeliveryOutcome.Delivered(500, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryOutcome.FailedTry(OptionalInt.of(204), "no", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryOutcome.FailedTry.unanswered(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryOutcome.Delivered(200, "x".repeat(1_001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DeliveryOutcome.FailedTry.unanswered("e".repeat(500)).error()).hasSize(200);
        DeliveryOutcome outcome = new DeliveryOutcome.Delivered(204, "");
        assertThat(outcome.<String>fold(d -> "delivered " + d.status(), f -> "failed")).isEqualTo("delivered 204");
    }

    @Test
    void anExcerptIsTheFirstThousandCharactersWithoutHalfASurrogatePair() {
        assertThat(DeliveryOutcome.excerptOf(null)).isEmpty();
        assertThat(DeliveryOutcome.excerptOf("short")).isEqualTo("short");
        assertThat(DeliveryOutcome.excerptOf("x".repeat(1_500))).hasSize(1_000);
        String emojiAtTheEdge = "x".repeat(999) + "\uD83D\uDE00" + "tail";
        assertThat(DeliveryOutcome.excerptOf(emojiAtTheEdge)).hasSize(999);
    }
}
