package dev.proctorreviews.bootstrap.e2e;

import dev.proctorreviews.http.WebhookSignature;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Signs bodies as a vendor does under the Standard Webhooks specification. */
record WebhookSigner(byte[] key) {

    static WebhookSigner random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new WebhookSigner(key);
    }

    String secret() {
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    Map<String, String> sign(byte[] body) {
        return sign(body, "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond());
    }

    Map<String, String> sign(byte[] body, String id, long timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(key, id, timestamp, body));
        return headers;
    }
}
