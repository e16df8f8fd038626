package dev.proctorreviews.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.application.port.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to the fields of one document that collects every bad field by path instead of stopping at the
 * first, so that one answer names them all. A present field must have its documented type, required or not;
 * JSON {@code null} counts as absent. One instance per document read; not thread-safe.
 */
public final class JsonFields {
    private final List<FieldError> errors = new ArrayList<>();

    public Optional<String> requiredText(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        return isAbsent(node) ? fail(path, "is required") : text(node, path);
    }

    public Optional<String> optionalText(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        return isAbsent(node) ? Optional.empty() : text(node, path);
    }

    public Optional<Boolean> optionalBool(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return Optional.empty();
        }
        return node.isBoolean() ? Optional.of(node.booleanValue()) : fail(path, "must be true or false");
    }

    /** An optional integer that must fit a signed 32-bit int; absent means {@code fallback}. */
    public int int32(JsonNode parent, String name, String path, int fallback) {
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

    public Optional<JsonNode> requiredObject(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return fail(path, "is required");
        }
        return node.isObject() ? Optional.of(node) : fail(path, "must be an object");
    }

    public Optional<JsonNode> optionalArray(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return Optional.empty();
        }
        return node.isArray() ? Optional.of(node) : fail(path, "must be an array");
    }

    /** Records a bad field; empty, so that a reader can return it in place of the value. */
    public <T> Optional<T> fail(String path, String message) {
        errors.add(new FieldError(path, message));
        return Optional.empty();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    private Optional<String> text(JsonNode node, String path) {
        return node.isTextual() ? Optional.of(node.textValue()) : fail(path, "must be a string");
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }
}
