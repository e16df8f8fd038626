package dev.proctorreviews.openedx.eventbus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.ExamKind;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExamAttemptEncoderTest {
    /** The bytes {@code openedx-events}' serializer writes for the event (fastavro, schemaless). */
    private static final String PYTHON_PRODUCER_BYTES = "5401126c6561726e657234322a6c6561726e65723432406578616d706c65"
            + "2e636f6d16416461204c6561726e65723e636f757273652d76313a6564582b44656d6f582b44656d6f5f436f7572736574626c"
            + "6f636b2d76313a6564582b44656d6f582b44656d6f5f436f757273652b747970654073657175656e7469616c2b626c6f636b40"
            + "6578616d311270726f63746f72656400";

    @Test
    void writesExactlyThePythonProducersBytesForTheFixedVector() {
        CapturedLifecycleEvent event = new CapturedLifecycleEvent(UUID.randomUUID(), LifecycleChange.VERIFIED,
                SampleEvents.ADA, SampleEvents.COURSE, SampleEvents.USAGE, ExamKind.PROCTORED, Optional.empty());

        byte[] bytes = ExamAttemptEncoder.encode(event);

        assertThat(bytes).hasSize(148);
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(PYTHON_PRODUCER_BYTES);
    }

    @Test
    void writesTheRequestingUserAsTheSecondBranchOfItsUnion() {
        CapturedLifecycleEvent reset = SampleEvents.of(LifecycleChange.RESET).captured();

        GenericRecord examAttempt = StreamReader.decode(OpenEdxEventType.RESET, ExamAttemptEncoder.encode(reset));

        GenericRecord requesting = (GenericRecord) examAttempt.get("requesting_user");
        assertThat(requesting.get("id")).isEqualTo(7L);
        assertThat(requesting.get("is_active")).isEqualTo(true);
        GenericRecord pii = (GenericRecord) requesting.get("pii");
        assertThat(pii.get("username")).hasToString("staff7");
        assertThat(pii.get("email")).hasToString("staff7@example.com");
        assertThat(pii.get("name")).hasToString("");
    }

    @ParameterizedTest
    @EnumSource(ExamKind.class)
    void writesTheExamTypeInLowerCase(ExamKind kind) {
        CapturedLifecycleEvent event = new CapturedLifecycleEvent(UUID.randomUUID(), LifecycleChange.ERRORED,
                SampleEvents.ADA, SampleEvents.COURSE, SampleEvents.USAGE, kind, Optional.empty());

        GenericRecord examAttempt = StreamReader.decode(OpenEdxEventType.ERRORED, ExamAttemptEncoder.encode(event));

        assertThat(examAttempt.get("exam_type")).hasToString(kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @EnumSource(OpenEdxEventType.class)
    void eachTypesSchemaHasTheTypeAsNamespaceForEveryRecord(OpenEdxEventType type) {
        Schema schema = ExamAttemptSchemas.of(type);
        Schema examAttempt = schema.getField("exam_attempt").schema();
        Schema user = examAttempt.getField("student_user").schema();

        assertThat(schema.getFullName()).isEqualTo(type.typeName() + ".CloudEvent");
        assertThat(examAttempt.getFullName()).isEqualTo(type.typeName() + ".ExamAttemptData");
        assertThat(user.getFullName()).isEqualTo(type.typeName() + ".UserData");
        assertThat(user.getField("pii").schema().getFullName()).isEqualTo(type.typeName() + ".UserPersonalData");
        assertThat(examAttempt.getField("requesting_user").schema().getTypes()).containsExactly(
                Schema.create(Schema.Type.NULL), user);
    }
}
