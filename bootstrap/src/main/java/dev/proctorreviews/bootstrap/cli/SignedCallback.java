package dev.proctorreviews.bootstrap.cli;

import dev.proctorreviews.http.WebhookSignature;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** One callback as a vendor sends it: a body, signed now under a fresh webhook id, for one URL. */
final class SignedCallback {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI url;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    SignedCallback(URI url, byte[] body, byte[] key) {
        this.url = url;
        this.body = body;
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String id = "msg_" + HexFormat.of().formatHex(random);
        long timestamp = Instant.now().getEpochSecond();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(key, id, timestamp, body));
        headers.put("Content-Type", "application/json");
    }

    Map<String, String> headers() {
        return headers;
    }

    URI url() {
        return url;
    }

    /** Sends it, prints the answer's status and body, and answers the exit code: 0 for a 2xx answer. */
    int send(PrintWriter out) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + url + ": " + Unreachable.reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + url, e);
        }
        out.println("HTTP " + answer.statusCode());
        out.println(answer.body());
        out.flush();
        return answer.statusCode() / 100 == 2 ? 0 : 1;
    }
}
