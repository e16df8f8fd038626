package dev.proctorreviews.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.proctorreviews.application.port.FieldError;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A management request body read strictly (one UTF-8 JSON object, no duplicate keys, bounded size and depth)
 * with typed field access that collects every bad field before answering 400. Unknown fields are refused, so
 * that a typo never passes silently.
 */
final class RequestBody {
    private static final int MAX_BYTES = 1_048_576;
    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32).maxStringLength(65_536).maxNumberLength(32).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode root;
    private final List<FieldError> errors = new ArrayList<>();

    private RequestBody(JsonNode root) {
        this.root = root;
    }

    /** Reads the body; answers 400 at once when it is not a single JSON object, 413 when too large. */
    static RequestBody of(Context ctx, Set<String> knownFields) {
        byte[] bytes = bounded(ctx);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("", "body is not valid UTF-8");
        }
        JsonNode root;
        try {
            root = text.startsWith("\uFEFF") ? null : STRICT.readTree(text);
        } catch (IOException | RuntimeException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.invalid("", "body must be one JSON object");
        }
        RequestBody body = new RequestBody(root);
        root.fieldNames().forEachRemaining(name -> {
            if (!knownFields.contains(name)) {
                body.errors.add(new FieldError(name, "is not a known field"));
            }
        });
        return body;
    }

    private static byte[] bounded(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw WebhookVerifier.tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.invalid("", "body could not be read");
        }
    }

    boolean has(String name) {
        JsonNode node = root.get(name);
        return node != null && !node.isNull();
    }

    Optional<String> text(String name, boolean required, int maxLength) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return required ? fail(name, "is required") : Optional.empty();
        }
        if (!node.isTextual()) {
            return fail(name, "must be a string");
        }
        String value = node.textValue();
        if (value.isBlank() || value.length() > maxLength) {
            return fail(name, "must be 1 to " + maxLength + " characters, not blank");
        }
        if (value.chars().anyMatch(c -> c == 0)) {
            return fail(name, "must not contain the NUL character");
        }
        return Optional.of(value);
    }

    Optional<Boolean> bool(String name, boolean required) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return required ? fail(name, "is required") : Optional.empty();
        }
        return node.isBoolean() ? Optional.of(node.booleanValue()) : fail(name, "must be true or false");
    }

    Optional<Long> positiveLong(String name, boolean required) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return required ? fail(name, "is required") : Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() <= 0) {
            return fail(name, "must be a positive integer");
        }
        return Optional.of(node.longValue());
    }

    Optional<Integer> nonNegativeInt(String name, boolean required) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return required ? fail(name, "is required") : Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            return fail(name, "must be an integer from 0 to 2147483647");
        }
        return Optional.of(node.intValue());
    }

    Optional<List<String>> texts(String name, int maxLength) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            return fail(name, "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > maxLength
                    || item.textValue().indexOf('\0') >= 0) {
                fail(name + "[" + i + "]", "must be a string of 1 to " + maxLength + " characters");
            } else {
                values.add(item.textValue());
            }
        }
        return Optional.of(values);
    }

    <T> Optional<T> fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return Optional.empty();
    }

    /** Answers 400 with every bad field, if there is any. */
    void orReject() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
