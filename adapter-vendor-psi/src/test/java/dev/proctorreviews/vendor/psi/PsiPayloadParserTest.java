package dev.proctorreviews.vendor.psi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewerReference;
import dev.proctorreviews.application.port.out.VendorAttemptKey;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PsiPayloadParserTest {
    private final PsiPayloadParser parser = new PsiPayloadParser();

    static String fixture() {
        try (InputStream in = PsiPayloadParserTest.class.getResourceAsStream("/examples/psi-review.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PayloadReading read(String body) {
        return parser.read(body.getBytes(StandardCharsets.UTF_8), Optional.of("Ext-9"));
    }

    private NormalisedReview review(String body) {
        PayloadReading reading = read(body);
        assertThat(reading).isInstanceOf(PayloadReading.Read.class);
        return ((PayloadReading.Read) reading).review();
    }

    @Test
    void readsTheFixture() {
        NormalisedReview review = review(fixture());

        assertThat(review.attemptKey()).isEqualTo(new VendorAttemptKey.External(new ExternalId("Ext-9")));
        assertThat(review.status()).isEqualTo(ReviewStatus.CLEAN);
        assertThat(review.comments()).containsExactly(
                new ReviewComment(9, 64, 55, "Switched to another browser tab", "suspicious"),
                new ReviewComment(22, 64, 42, "Opened a local file browser", "Rules Violation"),
                new ReviewComment(60, 64, 4, "Candidate closed the exam window early", "Clean"));
        assertThat(review.reviewer()).isEmpty();
        assertThat(review.redactedRawData()).contains("\"vendor_session_id\":\"psi-7f3e2c\"");
    }

    @ParameterizedTest
    @CsvSource({"passed, Clean", "violation, Rules Violation", "suspicious, Suspicious",
        "not_reviewed, Not Reviewed"})
    void mapsTheStandardVocabulary(String standard, String stored) {
        assertThat(review(fixture().replace("\"passed\"", "\"" + standard + "\"")).status().label())
                .isEqualTo(stored);
    }

    @Test
    void reviewedByNamesAReviewerByEmail() {
        NormalisedReview review = review(fixture().replace("\"reviewed_by\": null",
                "\"reviewed_by\": \"staff@example.com\""));
        assertThat(review.reviewer()).contains(new ReviewerReference.ByEmail("staff@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Passed", "Clean", "PASSED", ""})
    void anythingOutsideTheStandardVocabularyIsABadStatus(String status) {
        assertThat(read(fixture().replace("\"passed\"", "\"" + status + "\"")))
                .isEqualTo(new PayloadReading.UnknownStatus(status,
                        "Received unexpected status field value from payload. Was " + status + "."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"status\": \"passed\",| | status",
        "\"status\": \"passed\",| \"status\": 1,| status",
        "\"comment\": \"Switched to another browser tab\", | | comments[0].comment",
        "\"status\": \"suspicious\", | | comments[0].status",
        "\"start\": 22,| \"start\": 22.0,| comments[1].start",
        "\"duration\": 4}| \"duration\": -2147483649}| comments[2].duration",
        "\"reviewed_by\": null| \"reviewed_by\": false| reviewed_by",
        "\"comments\": [| \"comments\": 3, \"x\": [| comments",
    })
    void namesEachBadField(String from, String to, String field) {
        String fixture = fixture();
        int at = fixture.indexOf(from);
        assertThat(at).isNotNegative();
        String body = fixture.substring(0, at) + (to == null ? "" : to) + fixture.substring(at + from.length());

        assertThat(read(body)).isInstanceOfSatisfying(PayloadReading.Malformed.class,
                m -> assertThat(m.errors()).extracting(FieldError::field).contains(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1]", "true", "{\"status\":\"passed\"} {}", "{\"status\":\"passed\",\"status\":\"passed\"}",
        "\uFEFF{\"status\":\"passed\"}", "{\"status\":\"passed\",\"note\":\"a\\u0000b\"}"})
    void rejectsBodiesThatAreNotOneStrictJsonObject(String body) {
        assertThat(read(body)).isInstanceOf(PayloadReading.Malformed.class);
    }

    @Test
    void deepNestingIsMalformedNotAnError() {
        String deep = "{\"status\":\"passed\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(read(deep)).isInstanceOf(PayloadReading.Malformed.class);
    }

    @Test
    void theRouteMustNameAnExternalId() {
        assertThat(parser.read(fixture().getBytes(StandardCharsets.UTF_8), Optional.of(" ")))
                .isInstanceOfSatisfying(PayloadReading.Malformed.class, m ->
                        assertThat(m.errors()).extracting(FieldError::field).containsExactly("external_id"));
    }
}
