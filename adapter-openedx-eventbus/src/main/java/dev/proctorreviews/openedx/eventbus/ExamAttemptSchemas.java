package dev.proctorreviews.openedx.eventbus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The Avro schema of the exam-attempt events, one per event type. {@code openedx-events} derives the schema
 * from the signal, so the five differ only in their top-level {@code namespace} (the event type), which the
 * nested records inherit. The resource is kept once, as the contract prints it, and each type's schema is
 * that text with the namespace replaced, parsed once at load.
 */
final class ExamAttemptSchemas {
    static final String RESOURCE = "exam-attempt-cloud-event.avsc";

    private static final Map<OpenEdxEventType, Schema> BY_TYPE = load();

    private ExamAttemptSchemas() {
    }

    static Schema of(OpenEdxEventType type) {
        return BY_TYPE.get(type);
    }

    private static Map<OpenEdxEventType, Schema> load() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode template = readTemplate(json);
        Map<OpenEdxEventType, Schema> schemas = new EnumMap<>(OpenEdxEventType.class);
        for (OpenEdxEventType type : OpenEdxEventType.values()) {
            ObjectNode schema = template.deepCopy().put("namespace", type.typeName());
            try {
                schemas.put(type, new Schema.Parser().parse(json.writeValueAsString(schema)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the schema of " + type.typeName(), e);
            }
        }
        return schemas;
    }

    private static ObjectNode readTemplate(ObjectMapper json) {
        try (InputStream in = ExamAttemptSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
