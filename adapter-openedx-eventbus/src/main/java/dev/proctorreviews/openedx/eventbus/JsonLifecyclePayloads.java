package dev.proctorreviews.openedx.eventbus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.ExamKind;
import dev.proctorreviews.application.port.out.lifecycle.LearnerSnapshot;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import dev.proctorreviews.application.port.out.lifecycle.LifecyclePayloads;
import java.util.Optional;
import java.util.UUID;

/**
 * A captured event as the outbox keeps it: a flat JSON object in the platform's field names
 * ({@code student_user}, {@code course_key}, …) plus the event's {@code id} and {@code change}, so that a row read in
 * {@code psql} says what will be published. Reading is strict: a missing or mistyped field is an error, never a
 * default, because a payload this adapter did not write must not be published as something else.
 */
public final class JsonLifecyclePayloads implements LifecyclePayloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String write(CapturedLifecycleEvent event) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", event.id().toString())
                .put("change", event.change().name())
                .put("course_key", event.courseKey())
                .put("usage_key", event.usageKey())
                .put("exam_type", event.examType().name());
        root.set("student_user", user(event.student()));
        root.set("requesting_user", event.requestingUser().<JsonNode>map(JsonLifecyclePayloads::user)
                .orElse(JSON.nullNode()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the payload of event " + event.id(), e);
        }
    }

    @Override
    public CapturedLifecycleEvent read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode requesting = field(root, "requesting_user");
            return new CapturedLifecycleEvent(UUID.fromString(text(root, "id")),
                    LifecycleChange.valueOf(text(root, "change")), user(field(root, "student_user")),
                    text(root, "course_key"), text(root, "usage_key"), ExamKind.valueOf(text(root, "exam_type")),
                    requesting.isNull() ? Optional.empty() : Optional.of(user(requesting)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a lifecycle payload must be a JSON object", e);
        }
    }

    private static ObjectNode user(LearnerSnapshot user) {
        return JSON.createObjectNode().put("id", user.id()).put("is_active", user.active())
                .put("username", user.username()).put("email", user.email()).put("name", user.name());
    }

    private static LearnerSnapshot user(JsonNode node) {
        JsonNode id = field(node, "id");
        JsonNode active = field(node, "is_active");
        if (!id.isIntegralNumber() || !id.canConvertToLong() || !active.isBoolean()) {
            throw new IllegalArgumentException("a payload user needs an integer id and a boolean is_active");
        }
        return new LearnerSnapshot(id.longValue(), active.booleanValue(), text(node, "username"),
                text(node, "email"), text(node, "name"));
    }

    private static String text(JsonNode parent, String name) {
        JsonNode node = field(parent, name);
        if (!node.isTextual()) {
            throw new IllegalArgumentException("payload field " + name + " must be a string");
        }
        return node.textValue();
    }

    private static JsonNode field(JsonNode parent, String name) {
        JsonNode node = parent == null || !parent.isObject() ? null : parent.get(name);
        if (node == null) {
            throw new IllegalArgumentException("payload field " + name + " is missing");
        }
        return node;
    }
}
