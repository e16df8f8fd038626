package dev.proctorreviews.bootstrap.secrets;

import dev.proctorreviews.domain.review.ReviewSource;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor signing keys of a service started without {@code PROCTOR_VENDOR_*_SECRETS} (contract 1.1,
 * section 5), so that signed reviews are accepted from the first start: one {@code whsec_} key per vendor,
 * generated when first needed, kept in {@code <data dir>/vendor-secrets} as {@code software_secure=whsec_…} and
 * {@code psi=whsec_…} lines, printed once when generated and reused afterwards. The vendor simulator reads the
 * same file to sign what it sends.
 */
public final class VendorSecretsFile {
    public static final String FILE_NAME = "vendor-secrets";
    private static final Logger LOG = LoggerFactory.getLogger(VendorSecretsFile.class);
    private static final Set<ReviewSource> VENDORS = Set.of(ReviewSource.SOFTWARE_SECURE, ReviewSource.PSI);

    private final SecretFile file;

    public VendorSecretsFile(Path dataDir) {
        this.file = new SecretFile(dataDir.resolve(FILE_NAME));
    }

    /** The stored {@code whsec_} key of a vendor, if the file has one. */
    public Optional<String> stored(ReviewSource vendor) {
        return Optional.ofNullable(parse().get(vendor));
    }

    /**
     * The stored key of each vendor asked for, generating (and storing) those the file does not have yet.
     * Lines of the other vendors are kept as they are.
     */
    public Map<ReviewSource, String> keysFor(Set<ReviewSource> vendors) {
        Map<ReviewSource, String> all = parse();
        Map<ReviewSource, String> generated = new EnumMap<>(ReviewSource.class);
        for (ReviewSource vendor : vendors) {
            if (!all.containsKey(vendor)) {
                generated.put(vendor, SigningKey.generate());
            }
        }
        if (!generated.isEmpty()) {
            all.putAll(generated);
            file.write(all.entrySet().stream().map(e -> e.getKey().wireName() + "=" + e.getValue() + "\n")
                    .collect(Collectors.joining()));
            generated.forEach((vendor, key) -> LOG.info("Generated the {} signing key (stored in {}): {}",
                    vendor.wireName(), file.path(), key));
        }
        vendors.stream().filter(v -> !generated.containsKey(v))
                .forEach(v -> LOG.info("{} signing key: read from {}", v.wireName(), file.path()));
        Map<ReviewSource, String> wanted = new EnumMap<>(ReviewSource.class);
        vendors.forEach(v -> wanted.put(v, all.get(v)));
        return wanted;
    }

    private Map<ReviewSource, String> parse() {
        Map<ReviewSource, String> keys = new EnumMap<>(ReviewSource.class);
        String text = file.read().orElse("");
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            Optional<ReviewSource> vendor = equals < 0 ? Optional.empty()
                    : ReviewSource.fromWireName(trimmed.substring(0, equals).trim()).filter(VENDORS::contains);
            String key = equals < 0 ? "" : trimmed.substring(equals + 1).trim();
            if (vendor.isEmpty() || !decodes(key)) {
                throw new IllegalStateException(file.path() + " line " + number
                        + ": expected software_secure=whsec_<base64> or psi=whsec_<base64>");
            }
            keys.put(vendor.get(), key);
        }
        return keys;
    }

    private static boolean decodes(String key) {
        try {
            SigningKey.decode(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
