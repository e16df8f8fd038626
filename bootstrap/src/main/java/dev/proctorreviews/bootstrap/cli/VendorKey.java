package dev.proctorreviews.bootstrap.cli;

import dev.proctorreviews.bootstrap.secrets.SigningKey;
import dev.proctorreviews.bootstrap.secrets.VendorSecretsFile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command's signing key comes from: {@code --secret}, else the key the service generated for the
 * vendor in its data directory (what a service started with no configuration checks against).
 */
final class VendorKey {
    @Option(names = "--secret", paramLabel = "whsec_…",
            description = "signing key; default: the vendor's line of <data-dir>/vendor-secrets")
    String secret;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:PROCTOR_DATA_DIR:-./proctor-data}",
            description = "the service's data directory (default: $PROCTOR_DATA_DIR or ./proctor-data)")
    Path dataDir;

    /** The key's bytes; {@code vendor} may be null only when {@code --secret} was given. */
    byte[] bytes(Vendor vendor) {
        String key = secret != null ? secret : new VendorSecretsFile(dataDir).stored(vendor.source)
                .orElseThrow(() -> new IllegalArgumentException("No signing key: pass --secret, or point --data-dir"
                        + " at the service's data directory (no " + vendor.source.wireName() + " line in "
                        + dataDir.resolve(VendorSecretsFile.FILE_NAME) + ")"));
        try {
            return SigningKey.decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--secret: " + e.getMessage(), e);
        }
    }
}
