package dev.proctorreviews.bootstrap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.StandardStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A vendor's review built from its example in {@code docs/examples} (packed in the jar): the attempt filled in
 * and the status set in the vendor's own vocabulary, so that it reads exactly as that vendor's callbacks do.
 */
final class ExamplePayload {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExamplePayload() {
    }

    static byte[] build(Vendor vendor, String attemptCode, String externalId, String status) {
        String template = example(vendor);
        if (vendor == Vendor.SOFTWARE_SECURE) {
            template = template.replace("{{attempt_code}}", attemptCode).replace("{{external_id}}", externalId);
        }
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(template);
            payload.put(vendor == Vendor.PSI ? "status" : "reviewStatus", inVocabularyOf(vendor, status));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("the example " + vendor.example + " is not JSON", e);
        }
    }

    /**
     * A status given in either vocabulary ({@code Suspicious} or {@code suspicious}, {@code Rules Violation} or
     * {@code violation}) as this vendor spells it; anything else is sent as given, to see how it is refused.
     */
    static String inVocabularyOf(Vendor vendor, String status) {
        Optional<ReviewStatus> stored = ReviewStatus.fromLabel(status)
                .or(() -> StandardStatus.fromWireName(status).map(StandardStatus::toStored))
                .or(() -> java.util.Arrays.stream(ReviewStatus.values())
                        .filter(s -> s.label().equalsIgnoreCase(status)).findFirst());
        return stored.map(s -> vendor == Vendor.PSI ? s.toStandard().wireName() : s.label()).orElse(status);
    }

    private static String example(Vendor vendor) {
        try (InputStream in = ExamplePayload.class.getResourceAsStream("/examples/" + vendor.example)) {
            if (in == null) {
                throw new IllegalStateException("the example " + vendor.example + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
