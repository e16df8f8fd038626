package dev.proctorreviews.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.review.ReviewSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final byte[] OLD = "old-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"status\":\"passed\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookVerifier verifier = new WebhookVerifier(Map.of(ReviewSource.PSI, List.of(OLD, NEW)),
            Set.of(), Duration.ofMinutes(5), Clock.systemUTC());

    private static String sign(byte[] key, String id, String timestamp, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    void anyListedSignatureMayMatchAnyConfiguredKey() throws Exception {
        String byOld = sign(OLD, "m", "17", BODY);
        String byOther = sign("other-key-0123456789abcd".getBytes(StandardCharsets.UTF_8), "m", "17", BODY);

        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m", "17", byOld, BODY)).isTrue();
        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m", "17", byOther + " " + sign(NEW, "m", "17", BODY),
                BODY)).isTrue();
        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m", "17", byOther, BODY)).isFalse();
    }

    @Test
    void idTimestampBodyAndVersionAreAllSigned() throws Exception {
        String signature = sign(NEW, "m", "17", BODY);

        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m2", "17", signature, BODY)).isFalse();
        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m", "18", signature, BODY)).isFalse();
        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m", "17", signature, "{}".getBytes())).isFalse();
        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m", "17", signature.replace("v1,", "v2,"), BODY))
                .isFalse();
        assertThat(verifier.signatureMatches(ReviewSource.PSI, "m", "17", "v1,not-base64!", BODY)).isFalse();
        assertThat(verifier.signatureMatches(ReviewSource.SOFTWARE_SECURE, "m", "17", signature, BODY)).isFalse();
    }
}
