package dev.proctorreviews.application.crypto;

import dev.proctorreviews.application.port.out.VideoLinkOpener;
import dev.proctorreviews.application.port.out.VideoLinkVault;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals video links with AES-256-GCM. Each value gets a fresh random 96-bit nonce, stored in front of the
 * ciphertext, so equal links never produce equal stored values. Stored form: {@code v1:<base64(nonce|ct|tag)>}.
 */
public final class AesGcmVideoLinkVault implements VideoLinkVault, VideoLinkOpener {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PREFIX = "v1:";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param key256 the 32-byte key */
    public AesGcmVideoLinkVault(byte[] key256) {
        if (key256.length != 32) {
            throw new IllegalArgumentException("the video link key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key256.clone(), "AES");
    }

    @Override
    public Optional<String> seal(String videoUrl) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(videoUrl.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return Optional.of(PREFIX + Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    @Override
    public Optional<VideoLinkOpener> opener() {
        return Optional.of(this);
    }

    /** Opens a value this vault sealed: for the review pages (signed-in staff), operators and tests. */
    @Override
    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed video link");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sealed video link does not open with this key", e);
        }
    }
}
