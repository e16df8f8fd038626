package dev.proctorreviews.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.proctorreviews.json.JsonFields;
import dev.proctorreviews.json.StrictJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A management request body read strictly ({@link StrictJson}: one UTF-8 JSON object, no duplicate keys,
 * bounded size and depth, no NUL) with the API's field rules on top, collecting every bad field before
 * answering 400. Unknown fields are refused, so that a typo never passes silently.
 */
final class RequestBody {
    private static final int MAX_BYTES = 1_048_576;
    private static final StrictJson JSON = new StrictJson(32, 65_536, 32);

    private final ObjectNode root;
    private final JsonFields fields;

    private RequestBody(ObjectNode root, JsonFields fields) {
        this.root = root;
        this.fields = fields;
    }

    /** Reads the body; answers 400 at once when it is not a single JSON object, 413 when too large. */
    static RequestBody of(Context ctx, Set<String> knownFields) {
        JsonFields fields = new JsonFields();
        Optional<ObjectNode> root = JSON.object(bounded(ctx), fields);
        if (root.isEmpty()) {
            throw ProblemException.invalid(fields.errors());
        }
        root.get().fieldNames().forEachRemaining(name -> {
            if (!knownFields.contains(name)) {
                fields.fail(name, "is not a known field");
            }
        });
        return new RequestBody(root.get(), fields);
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

    /** Whether the field is there at all, even as {@code null} (a change that clears it). */
    boolean has(String name) {
        return root.has(name);
    }

    Optional<String> requiredText(String name, int maxLength) {
        return bounded(name, fields.requiredText(root, name, name), maxLength);
    }

    Optional<String> optionalText(String name, int maxLength) {
        return bounded(name, fields.optionalText(root, name, name), maxLength);
    }

    /**
     * An optional person's name: any text up to {@code maxLength} characters, because an LMS account may have
     * an empty or odd full name and must still be registered; {@code null}, absent and empty all mean none.
     */
    Optional<String> optionalName(String name, int maxLength) {
        Optional<String> value = fields.optionalText(root, name, name);
        if (value.isPresent() && value.get().length() > maxLength) {
            return fail(name, "must be at most " + maxLength + " characters");
        }
        return value.filter(text -> !text.isBlank());
    }

    Optional<Boolean> optionalBool(String name) {
        return fields.optionalBool(root, name, name);
    }

    Optional<Long> requiredPositiveLong(String name) {
        var node = root.get(name);
        if (node == null || node.isNull()) {
            return fail(name, "is required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() <= 0) {
            return fail(name, "must be a positive integer");
        }
        return Optional.of(node.longValue());
    }

    Optional<Integer> optionalNonNegativeInt(String name) {
        var node = root.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            return fail(name, "must be an integer from 0 to 2147483647");
        }
        return Optional.of(node.intValue());
    }

    Optional<List<String>> optionalTexts(String name, int maxLength) {
        var node = root.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            return fail(name, "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            var item = node.get(i);
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > maxLength) {
                fail(name + "[" + i + "]", "must be a string of 1 to " + maxLength + " characters");
            } else {
                values.add(item.textValue());
            }
        }
        return Optional.of(values);
    }

    <T> Optional<T> fail(String field, String message) {
        return fields.fail(field, message);
    }

    /** Answers 400 with every bad field, if there is any. */
    void orReject() {
        if (fields.hasErrors()) {
            throw ProblemException.invalid(fields.errors());
        }
    }

    private Optional<String> bounded(String name, Optional<String> value, int maxLength) {
        if (value.isPresent() && (value.get().isBlank() || value.get().length() > maxLength)) {
            return fail(name, "must be 1 to " + maxLength + " characters, not blank");
        }
        return value;
    }
}
