package dev.proctorreviews.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proctorreviews.bootstrap.secrets.SecretFile;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds an attempt by its code through the management API, for the parts of a vendor payload the user did not
 * give: SoftwareSecure sends the attempt code and the external id, PSI only the external id. The token is
 * {@code --token}, else the one the service generated in its data directory.
 */
final class AttemptLookup {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The two ways the service knows an attempt. */
    record Attempt(String attemptCode, String externalId) {
    }

    private final String baseUrl;
    private final Optional<String> token;

    AttemptLookup(String baseUrl, String token, Path dataDir) {
        this.baseUrl = baseUrl;
        this.token = Optional.ofNullable(token)
                .or(() -> new SecretFile(dataDir.resolve("api-token")).read().map(String::trim))
                .filter(t -> !t.isEmpty());
    }

    boolean hasToken() {
        return token.isPresent();
    }

    /** The attempt with this code, or empty when the service knows no such code (or cannot be asked). */
    Optional<Attempt> byCode(String attemptCode) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        URI uri = URI.create(baseUrl + "/api/v1/attempts?attempt_code="
                + URLEncoder.encode(attemptCode, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token.get()).GET().build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404) {
                return Optional.empty();
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Looking up the attempt: GET " + uri + " answered "
                        + answer.statusCode() + " " + answer.body());
            }
            JsonNode attempt = JSON.readTree(answer.body());
            return Optional.of(new Attempt(attempt.get("attempt_code").asText(), attempt.get("external_id").asText()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + baseUrl + ": " + Unreachable.reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking up the attempt", e);
        }
    }
}
