package dev.proctorreviews.bootstrap.e2e;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
        headers.put("webhook-signature", "v1," + signature(body, id, timestamp));
        return headers;
    }

    String signature(byte[] body, String id, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
