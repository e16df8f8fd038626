package dev.proctorreviews.bootstrap;

import dev.proctorreviews.bootstrap.secrets.SigningKey;
import dev.proctorreviews.bootstrap.secrets.VendorSecretsFile;
import dev.proctorreviews.domain.review.ReviewSource;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signing keys each vendor's callbacks are checked with: the configured ones where a variable is set (it
 * always wins), else the vendor's key from the vendor-secrets file, generated on first start (contract 1.1,
 * section 5), so that no vendor is refused for want of configuration.
 */
final class VendorKeys {
    private VendorKeys() {
    }

    static Map<ReviewSource, List<byte[]>> of(Configuration configuration) {
        Map<ReviewSource, List<byte[]>> keys = new EnumMap<>(ReviewSource.class);
        keys.put(ReviewSource.SOFTWARE_SECURE, configuration.softwareSecureSecrets());
        keys.put(ReviewSource.PSI, configuration.psiSecrets());
        Set<ReviewSource> unconfigured = keys.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (!unconfigured.isEmpty()) {
            new VendorSecretsFile(configuration.dataDir()).keysFor(unconfigured)
                    .forEach((vendor, secret) -> keys.put(vendor, List.of(SigningKey.decode(secret))));
        }
        return keys;
    }
}
