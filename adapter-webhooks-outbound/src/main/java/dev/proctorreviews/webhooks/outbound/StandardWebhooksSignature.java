package dev.proctorreviews.webhooks.outbound;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import dev.proctorreviews.application.outbound.SigningKey;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code webhook-signature} header, computed by the Standard Webhooks reference library: one
 * {@code v1,<base64>} per key, in the given order (new key first), separated by spaces. The library signs one
 * key per {@link Webhook} and takes the payload as a {@code String} (it signs its UTF-8 bytes), so the body is
 * decoded strictly: a body that is not valid UTF-8 would be signed over different bytes than are sent.
 */
final class StandardWebhooksSignature {
    private StandardWebhooksSignature() {
    }

    static String header(String webhookId, long timestampSeconds, byte[] body, List<SigningKey> keys) {
        String payload = strictUtf8(body);
        List<String> signatures = new ArrayList<>(keys.size());
        for (SigningKey key : keys) {
            try {
                signatures.add(new Webhook(key.secret()).sign(webhookId, timestampSeconds, payload));
            } catch (WebhookSigningException e) {
                throw new IllegalStateException("HmacSHA256 is unavailable", e);
            }
        }
        return String.join(" ", signatures);
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a webhook body is UTF-8 JSON; these bytes are not UTF-8", e);
        }
    }
}
