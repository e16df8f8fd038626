package dev.proctorreviews.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a body as one JSON object the way every door of the service does (RFC 8259 strictly: UTF-8 only, no
 * byte-order mark, no duplicate keys, nothing after the value, bounded nesting and sizes), and refuses U+0000
 * anywhere because PostgreSQL can store it neither in {@code text} nor in {@code jsonb}. One instance per kind
 * of document; thread-safe.
 */
public final class StrictJson {
    private final ObjectMapper mapper;

    /**
     * @param maxDepth        deepest nesting of arrays and objects
     * @param maxStringLength longest string, in characters
     * @param maxNumberLength longest number literal, in characters
     */
    public StrictJson(int maxDepth, int maxStringLength, int maxNumberLength) {
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth)
                                .maxStringLength(maxStringLength).maxNumberLength(maxNumberLength).build())
                        .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The body as a JSON object, or empty with the reason recorded in {@code fields} (under field {@code ""}). */
    public Optional<ObjectNode> object(byte[] body, JsonFields fields) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return fields.fail("", "body is not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            return fields.fail("", "body must not start with a byte-order mark");
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException | RuntimeException e) {
            return fields.fail("", "body is not a single valid JSON value");
        }
        if (root == null || !root.isObject()) {
            return fields.fail("", "body must be a JSON object");
        }
        Optional<String> nul = pathWithNul(root, "");
        if (nul.isPresent()) {
            return fields.fail(nul.get(), "must not contain the NUL character");
        }
        return Optional.of((ObjectNode) root);
    }

    /** A tree as compact JSON text. */
    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }

    /** The first place holding U+0000, in a name or a value. */
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
}
