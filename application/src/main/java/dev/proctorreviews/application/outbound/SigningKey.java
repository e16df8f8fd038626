package dev.proctorreviews.application.outbound;

import java.util.Arrays;
import java.util.Base64;

/**
 * One subscription secret in its raw form (the bytes after {@code whsec_}). Its {@link #toString()} never shows
 * the bytes, so a key that ends up in a log line or an assertion message does not leak.
 */
public record SigningKey(byte[] secret) {
    private static final String PREFIX = "whsec_";

    public SigningKey {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("a signing key needs at least one byte");
        }
        secret = secret.clone();
    }

    /** The key written as {@code whsec_<base64>}, as the API hands it out. */
    public static SigningKey parse(String written) {
        if (written == null || !written.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing key is written whsec_<base64>");
        }
        try {
            return new SigningKey(Base64.getDecoder().decode(written.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a signing key is written whsec_<base64>; the base64 part is malformed");
        }
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The {@code whsec_<base64>} form, for the one answer that may show it. */
    public String written() {
        return PREFIX + Base64.getEncoder().encodeToString(secret);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey key && Arrays.equals(secret, key.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "SigningKey[redacted]";
    }
}
