package dev.proctorreviews.bootstrap.secrets;

import java.util.Base64;

/**
 * A Standard Webhooks signing key as people handle it, {@code whsec_<base64>}, and the raw bytes the HMAC needs.
 * One reading for every place a key comes from: the environment, the vendor-secrets file, the simulator's
 * {@code --secret}.
 */
public final class SigningKey {
    public static final String PREFIX = "whsec_";

    private SigningKey() {
    }

    /**
     * The key's bytes.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static byte[] decode(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("each key must look like whsec_<base64>");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a key is not valid base64 after whsec_", e);
        }
        if (key.length < 16) {
            throw new IllegalArgumentException("each key must decode to at least 16 bytes");
        }
        return key;
    }

    /** A new random key of 32 bytes, as the contract generates them. */
    public static String generate() {
        return PREFIX + Base64.getEncoder().encodeToString(SecretFile.randomBytes(32));
    }
}
