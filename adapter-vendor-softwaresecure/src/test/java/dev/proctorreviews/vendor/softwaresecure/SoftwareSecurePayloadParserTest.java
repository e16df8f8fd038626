package dev.proctorreviews.vendor.softwaresecure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.FieldError;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewerReference;
import dev.proctorreviews.application.port.out.VendorAttemptKey;
import dev.proctorreviews.domain.attempt.AttemptCode;
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

class SoftwareSecurePayloadParserTest {
    private final SoftwareSecurePayloadParser parser = new SoftwareSecurePayloadParser();

    static String fixture() {
        try (InputStream in = SoftwareSecurePayloadParserTest.class.getResourceAsStream(
                "/examples/software-secure-review.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{attempt_code}}", "CODE-1").replace("{{external_id}}", "ext-1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PayloadReading read(String body) {
        return parser.read(body.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    private NormalisedReview review(String body) {
        PayloadReading reading = read(body);
        assertThat(reading).isInstanceOf(PayloadReading.Read.class);
        return ((PayloadReading.Read) reading).review();
    }

    @Test
    void readsTheFixture() {
        NormalisedReview review = review(fixture());

        assertThat(review.attemptKey()).isEqualTo(new VendorAttemptKey.CodeAndLocator(new AttemptCode("CODE-1"),
                "ext-1"));
        assertThat(review.status()).isEqualTo(ReviewStatus.CLEAN);
        assertThat(review.comments()).hasSize(6);
        assertThat(review.comments().get(0)).isEqualTo(new ReviewComment(0, 512, 512,
                "No photo ID shown to the camera", "Suspicious"));
        assertThat(review.comments().get(3)).isEqualTo(new ReviewComment(9, 64, 64,
                "Switched to another browser tab", "Suspicious"));
        assertThat(review.reviewer()).isEmpty();
        assertThat(review.videoUrl()).contains(
                "https://video.vendor.example/review/DirectLink-Generic.aspx?ID=a1b2c3");
    }

    @Test
    void rawDataLosesPhotoPasswordAndVideoLinkButKeepsTheRest() {
        String raw = review(fixture()).redactedRawData();

        assertThat(raw).doesNotContain("videoReviewLink", "video.vendor.example", "userPhotoBase64String",
                "aGVhZHNob3QtYnl0ZXM=", "examPassword", "c2VjcmV0LWV4YW0tcGFzc3dvcmQ=");
        assertThat(raw).contains("\"examTakerFirstName\":\"Ada\"", "\"examApiData\":{", "\"ssiRecordLocator\"");
    }

    @Test
    void proctorUsernameNamesAnInternalReviewer() {
        String body = fixture().replace("\"ssiProduct\": \"rp-now\",\n    \"ssiRecordLocator\"",
                "\"ssiProduct\": \"rp-now\",\n    \"proctor_username\": \"ptest\",\n    \"ssiRecordLocator\"");
        assertThat(review(body).reviewer()).contains(new ReviewerReference.ByUsername("ptest"));
    }

    @Test
    void anUnknownStatusIsNotMalformed() {
        PayloadReading reading = read(fixture().replace("\"reviewStatus\": \"Clean\"", "\"reviewStatus\": \"Bogus\""));

        assertThat(reading).isEqualTo(new PayloadReading.UnknownStatus("Bogus",
                "Received unexpected reviewStatus field value from payload. Was Bogus."));
    }

    /** Each row replaces the last occurrence of a fragment of the fixture. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"examCode\": \"CODE-1\",|                                  | examMetaData.examCode",
        "\"examCode\": \"CODE-1\",| \"examCode\": 7,                   | examMetaData.examCode",
        "\"ssiRecordLocator\": \"ext-1\"| \"ssiRecordLocator\": null   | examMetaData.ssiRecordLocator",
        "\"reviewStatus\": \"Clean\",|                                 | reviewStatus",
        "\"reviewStatus\": \"Clean\",| \"reviewStatus\": [\"Clean\"],  | reviewStatus",
        "\"eventStart\": 0,| \"eventStart\": 1.5,                      | webCamComments[0].eventStart",
        "\"eventStart\": 0,| \"eventStart\": \"0\",                    | webCamComments[0].eventStart",
        "\"eventStart\": 0,| \"eventStart\": 2147483648,               | webCamComments[0].eventStart",
        "\"comments\": \"Switched to another browser tab\"| \"comments\": 4 | desktopComments[0].comments",
        "\"eventStatus\": \"Clean\"}| \"eventStatus\": false}         | desktopComments[2].eventStatus",
        "\"videoReviewLink\": \"https| \"videoReviewLink\": 3, \"x\": \"https | videoReviewLink",
    })
    void namesEachBadField(String from, String to, String field) {
        String fixture = fixture();
        int at = fixture.lastIndexOf(from);
        assertThat(at).isNotNegative();
        String body = fixture.substring(0, at) + (to == null ? "" : to) + fixture.substring(at + from.length());

        PayloadReading reading = read(body);

        assertThat(reading).isInstanceOfSatisfying(PayloadReading.Malformed.class,
                m -> assertThat(m.errors()).extracting(FieldError::field).contains(field));
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        PayloadReading reading = read("{\"examMetaData\": {\"examCode\": 1}, \"reviewStatus\": 2,"
                + " \"webCamComments\": [{\"eventStart\": \"x\"}]}");

        assertThat(reading).isInstanceOfSatisfying(PayloadReading.Malformed.class, m ->
                assertThat(m.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "examMetaData.examCode", "examMetaData.ssiRecordLocator", "reviewStatus",
                        "webCamComments[0].comments", "webCamComments[0].eventStart"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"text\"", "42", "null", "{", "{\"a\":1}{\"b\":2}", "{\"a\":1} x",
        "{\"reviewStatus\":\"Clean\",\"reviewStatus\":\"Clean\"}", "\uFEFF{}", "{\"a\":\"\\u0000\"}"})
    void rejectsBodiesThatAreNotOneStrictJsonObject(String body) {
        PayloadReading reading = read(body);

        assertThat(reading).isInstanceOf(PayloadReading.Malformed.class);
    }

    @Test
    void rejectsInvalidUtf8AndUtf16() {
        byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(parser.read(invalid, Optional.empty())).isInstanceOf(PayloadReading.Malformed.class);
        assertThat(parser.read("{}".getBytes(StandardCharsets.UTF_16), Optional.empty()))
                .isInstanceOf(PayloadReading.Malformed.class);
    }

    @Test
    void commentsMayOmitTheirOptionalFields() {
        String body = "{\"examMetaData\": {\"examCode\": \"C\", \"ssiRecordLocator\": \"e\"},"
                + " \"reviewStatus\": \"Suspicious\", \"desktopComments\": [{\"comments\": \"only text\"}]}";

        assertThat(review(body).comments()).containsExactly(new ReviewComment(0, 0, 0, "only text", ""));
    }
}
