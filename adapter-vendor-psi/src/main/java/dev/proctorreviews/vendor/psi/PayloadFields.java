package dev.proctorreviews.vendor.psi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.proctorreviews.application.port.FieldError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strict reading of a vendor body (RFC 8259: UTF-8 only, no byte-order mark, no duplicate keys, nothing after
 * the value, bounded nesting and sizes) and typed access to its fields that collects every bad field by path
 * instead of stopping at the first. A present field must have its documented type, required or not; JSON
 * {@code null} counts as absent.
 */
final class PayloadFields {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64).maxStringLength(1_048_576).maxNumberLength(64).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final List<FieldError> errors = new ArrayList<>();

    /** The body as a JSON object, or empty with the reason recorded under field {@code ""}. */
    Optional<ObjectNode> object(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return fail("", "body is not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            return fail("", "body must not start with a byte-order mark");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException | RuntimeException e) {
            return fail("", "body is not a single valid JSON value");
        }
        if (root == null || !root.isObject()) {
            return fail("", "body must be a JSON object");
        }
        Optional<String> nul = pathWithNul(root, "");
        if (nul.isPresent()) {
            return fail(nul.get(), "must not contain the NUL character");
        }
        return Optional.of((ObjectNode) root);
    }

    /** The first place holding U+0000, which PostgreSQL can store neither in text nor in jsonb. */
    private static Optional<String> pathWithNul(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0 ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = pathWithNul(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        var names = node.fieldNames();
        while (node.isObject() && names.hasNext()) {
            String name = names.next();
            String child = path.isEmpty() ? name : path + "." + name;
            if (name.indexOf('\0') >= 0) {
                return Optional.of(child);
            }
            Optional<String> found = pathWithNul(node.get(name), child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    Optional<String> text(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return required ? fail(path, "is required") : Optional.empty();
        }
        return node.isTextual() ? Optional.of(node.textValue()) : fail(path, "must be a string");
    }

    /** An optional integer that must fit a signed 32-bit int; absent means {@code fallback}. */
    int int32(JsonNode parent, String name, String path, int fallback) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            fail(path, "must be an integer between -2147483648 and 2147483647");
            return fallback;
        }
        return node.intValue();
    }

    Optional<JsonNode> object(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return required ? fail(path, "is required") : Optional.empty();
        }
        return node.isObject() ? Optional.of(node) : fail(path, "must be an object");
    }

    Optional<JsonNode> array(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return Optional.empty();
        }
        return node.isArray() ? Optional.of(node) : fail(path, "must be an array");
    }

    <T> Optional<T> fail(String path, String message) {
        errors.add(new FieldError(path, message));
        return Optional.empty();
    }

    List<FieldError> errors() {
        return errors;
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }
}
