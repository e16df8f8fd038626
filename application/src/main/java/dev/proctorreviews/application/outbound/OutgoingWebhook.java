package dev.proctorreviews.application.outbound;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One try of one delivery, ready to sign and send. {@code webhookId} is the event id (the same on every try,
 * so that the receiver can de-duplicate); {@code attemptTime} becomes {@code webhook-timestamp}; {@code keys}
 * are the subscription's keys, the new one first and, during the 24 hours after a rotation, the old one second.
 * {@code body} is the UTF-8 JSON document exactly as it goes on the wire (the signature covers these bytes).
 */
public record OutgoingWebhook(URI url, String webhookId, Instant attemptTime, byte[] body, List<SigningKey> keys) {
    private static final int MAX_ID_LENGTH = 255;

    public OutgoingWebhook {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(attemptTime, "attemptTime");
        Objects.requireNonNull(body, "body");
        if (webhookId == null || webhookId.isBlank() || webhookId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a webhook id is 1 to " + MAX_ID_LENGTH + " characters");
        }
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("a webhook is signed with at least one key");
        }
        keys = List.copyOf(keys);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutgoingWebhook that && url.equals(that.url) && webhookId.equals(that.webhookId)
                && attemptTime.equals(that.attemptTime) && Arrays.equals(body, that.body)
                && keys.equals(that.keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, webhookId, attemptTime, Arrays.hashCode(body), keys);
    }

    /** Names the delivery, never the body or the keys. */
    @Override
    public String toString() {
        return "OutgoingWebhook[url=" + url + ", webhookId=" + webhookId + ", attemptTime=" + attemptTime
                + ", body=" + body.length + " bytes, keys=" + keys.size() + "]";
    }
}
