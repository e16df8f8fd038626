package dev.proctorreviews.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.proctorreviews.application.port.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What strict reading refuses, and where it says the fault is. */
class StrictJsonTest {
    private final StrictJson json = new StrictJson(4, 16, 8);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate key        | {\"a\": 1, \"a\": 2}               | ''     | body is not a single valid JSON value",
            "trailing value       | {\"a\": 1} {}                      | ''     | body is not a single valid JSON value",
            "too deep             | {\"a\": [[[[1]]]]}                 | ''     | body is not a single valid JSON value",
            "string too long      | {\"a\": \"0123456789abcdefg\"}     | ''     | body is not a single valid JSON value",
            "number too long      | {\"a\": 1234567890}                | ''     | body is not a single valid JSON value",
            "not an object        | [1]                                | ''     | body must be a JSON object",
            "empty                | ''                                 | ''     | body must be a JSON object",
            "NUL in a value       | {\"a\": [\"x\", \"\\u0000\"]}      | a[1]   | must not contain the NUL character",
            "NUL in a nested name | {\"a\": {\"b\\u0000c\": 1}}        | a.b\u0000c | must not contain the NUL character"})
    void refuses(String why, String body, String field, String message) {
        JsonFields fields = new JsonFields();

        Optional<ObjectNode> read = json.object(body.getBytes(StandardCharsets.UTF_8), fields);

        assertThat(read).isEmpty();
        assertThat(fields.errors()).containsExactly(new FieldError(field, message));
    }

    @Test
    void refusesInvalidUtf8AndAByteOrderMark() {
        JsonFields invalid = new JsonFields();
        JsonFields bom = new JsonFields();

        assertThat(json.object(new byte[] {'{', (byte) 0xC3, '}'}, invalid)).isEmpty();
        assertThat(json.object("\uFEFF{}".getBytes(StandardCharsets.UTF_8), bom)).isEmpty();

        assertThat(invalid.errors()).containsExactly(new FieldError("", "body is not valid UTF-8"));
        assertThat(bom.errors()).containsExactly(new FieldError("", "body must not start with a byte-order mark"));
    }

    @Test
    void fieldsCollectEveryFaultByPath() {
        JsonFields fields = new JsonFields();
        ObjectNode root = json.object("{\"n\": \"x\", \"t\": 1, \"o\": [], \"b\": 2, \"l\": {}}"
                .getBytes(StandardCharsets.UTF_8), fields).orElseThrow();

        assertThat(fields.int32(root, "n", "p.n", 7)).isEqualTo(7);
        assertThat(fields.requiredText(root, "t", "p.t")).isEmpty();
        assertThat(fields.requiredText(root, "missing", "p.missing")).isEmpty();
        assertThat(fields.optionalText(root, "missing", "p.missing")).isEmpty();
        assertThat(fields.requiredObject(root, "o", "p.o")).isEmpty();
        assertThat(fields.optionalBool(root, "b", "p.b")).isEmpty();
        assertThat(fields.optionalArray(root, "l", "p.l")).isEmpty();

        assertThat(fields.errors()).extracting(FieldError::field)
                .containsExactly("p.n", "p.t", "p.missing", "p.o", "p.b", "p.l");
    }

    @Test
    void theNeverStoredFieldsAreRemovedFromACopy() {
        JsonFields fields = new JsonFields();
        ObjectNode payload = new StrictJson(8, 64, 8).object(("{\"videoReviewLink\": \"v\", \"userPhotoBase64String\":"
                + " \"p\", \"examApiData\": {\"examPassword\": \"pw\", \"kept\": 1}, \"other\": 2}")
                .getBytes(StandardCharsets.UTF_8), fields).orElseThrow();

        assertThat(json.write(NeverStored.removedFrom(payload)))
                .isEqualTo("{\"examApiData\":{\"kept\":1},\"other\":2}");
        assertThat(payload.has("videoReviewLink")).isTrue();
    }
}
