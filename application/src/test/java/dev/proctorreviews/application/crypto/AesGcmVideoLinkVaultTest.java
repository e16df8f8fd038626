package dev.proctorreviews.application.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AesGcmVideoLinkVaultTest {
    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void sealsWithAFreshNonceAndOpensAgain() {
        AesGcmVideoLinkVault vault = new AesGcmVideoLinkVault(key());
        String link = "https://video.vendor.example/review?ID=a1b2c3";

        String first = vault.seal(link).orElseThrow();
        String second = vault.seal(link).orElseThrow();

        assertThat(first).startsWith("v1:").doesNotContain("video.vendor.example").isNotEqualTo(second);
        assertThat(vault.open(first)).isEqualTo(link);
        assertThat(vault.open(second)).isEqualTo(link);
    }

    @Test
    void anotherKeyOrATamperedValueDoesNotOpen() {
        String sealed = new AesGcmVideoLinkVault(key()).seal("https://x.example").orElseThrow();

        assertThatThrownBy(() -> new AesGcmVideoLinkVault(key()).open(sealed))
                .isInstanceOf(IllegalArgumentException.class);
        AesGcmVideoLinkVault vault = new AesGcmVideoLinkVault(key());
        String mine = vault.seal("https://x.example").orElseThrow();
        char last = mine.charAt(mine.length() - 2);
        String tampered = mine.substring(0, mine.length() - 2) + (last == 'A' ? 'B' : 'A') + mine.charAt(mine.length() - 1);
        assertThatThrownBy(() -> vault.open(tampered)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAes256Keys() {
        assertThatThrownBy(() -> new AesGcmVideoLinkVault(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
