package dev.proctorreviews.openedx.eventbus;

import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.LearnerSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Encodes an event's data as the {@code event_data} of a stream entry: plain Avro binary (no container file
 * header, no schema id, no framing), which is what {@code openedx-events}' serializer writes and its
 * deserializer reads with the schema of the event type it expects.
 */
final class ExamAttemptEncoder {
    private ExamAttemptEncoder() {
    }

    static byte[] encode(CapturedLifecycleEvent event) {
        Schema cloudEvent = ExamAttemptSchemas.of(OpenEdxEventType.of(event.change()));
        Schema examAttemptSchema = cloudEvent.getField("exam_attempt").schema();
        Schema userSchema = examAttemptSchema.getField("student_user").schema();

        GenericRecord examAttempt = new GenericData.Record(examAttemptSchema);
        examAttempt.put("student_user", userData(userSchema, event.student()));
        examAttempt.put("course_key", event.courseKey());
        examAttempt.put("usage_key", event.usageKey());
        examAttempt.put("exam_type", event.examType().name().toLowerCase(Locale.ROOT));
        examAttempt.put("requesting_user", event.requestingUser().map(user -> userData(userSchema, user)).orElse(null));
        GenericRecord record = new GenericData.Record(cloudEvent);
        record.put("exam_attempt", examAttempt);
        return write(cloudEvent, record);
    }

    private static GenericRecord userData(Schema userSchema, LearnerSnapshot user) {
        GenericRecord pii = new GenericData.Record(userSchema.getField("pii").schema());
        pii.put("username", user.username());
        pii.put("email", user.email());
        pii.put("name", user.name());
        GenericRecord userData = new GenericData.Record(userSchema);
        userData.put("id", user.id());
        userData.put("is_active", user.active());
        userData.put("pii", pii);
        return userData;
    }

    private static byte[] write(Schema schema, GenericRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an exam attempt event", e);
        }
        return out.toByteArray();
    }
}
