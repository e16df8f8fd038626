package dev.proctorreviews.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API token of a service started without {@code PROCTOR_API_TOKENS}: generated once, kept in
 * {@code <data dir>/api-token} (readable by the owner only) so that it survives restarts, and printed once,
 * when it is generated.
 */
final class ApiTokenFile {
    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenFile.class);

    private ApiTokenFile() {
    }

    static List<String> tokens(Configuration configuration) {
        return configuration.apiTokens().orElseGet(() -> List.of(readOrGenerate(
                configuration.dataDir().resolve("api-token"))));
    }

    private static String readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                String token = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!token.isEmpty()) {
                    LOG.info("API token: read from {}", file.toAbsolutePath().normalize());
                    return token;
                }
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warn("Could not restrict the permissions of {}", file);
            }
            LOG.info("Generated API token (stored in {}): {}", file.toAbsolutePath().normalize(), token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write the API token file " + file, e);
        }
    }
}
