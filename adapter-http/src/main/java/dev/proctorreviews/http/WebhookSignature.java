package dev.proctorreviews.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature, {@code v1,base64(HMAC-SHA256(key, id.timestamp.body))}: the one
 * computation the callback check and the vendor simulator share, so what the simulator signs is exactly what
 * the service verifies.
 */
public final class WebhookSignature {
    private WebhookSignature() {
    }

    /** The {@code webhook-signature} header value for a body. */
    public static String sign(byte[] key, String id, long timestamp, byte[] body) {
        Mac mac = started(key, id + "." + timestamp + ".");
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    /** A MAC under {@code key} that has already read {@code prefix} ({@code id.timestamp.}); the body follows. */
    static Mac started(byte[] key, String prefix) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
