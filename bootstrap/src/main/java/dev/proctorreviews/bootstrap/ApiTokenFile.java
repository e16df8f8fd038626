package dev.proctorreviews.bootstrap;

import dev.proctorreviews.bootstrap.secrets.SecretFile;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API token of a service started without {@code PROCTOR_API_TOKENS}: generated once, kept in
 * {@code <data dir>/api-token} (an owner-only {@link SecretFile}) so that it survives restarts, and printed once,
 * when it is generated.
 */
final class ApiTokenFile {
    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenFile.class);

    private ApiTokenFile() {
    }

    static List<String> tokens(Configuration configuration) {
        return configuration.apiTokens().orElseGet(() -> List.of(readOrGenerate(
                new SecretFile(configuration.dataDir().resolve("api-token")))));
    }

    private static String readOrGenerate(SecretFile file) {
        String stored = file.read().map(String::trim).orElse("");
        if (!stored.isEmpty()) {
            LOG.info("API token: read from {}", file.path());
            return stored;
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(SecretFile.randomBytes(32));
        file.write(token + "\n");
        LOG.info("Generated API token (stored in {}): {}", file.path(), token);
        return token;
    }
}
