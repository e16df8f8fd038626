package dev.proctorreviews.openedx.eventbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLifecyclePayloadsTest {
    private final JsonLifecyclePayloads payloads = new JsonLifecyclePayloads();

    @ParameterizedTest
    @EnumSource(LifecycleChange.class)
    void readsBackExactlyWhatItWrote(LifecycleChange change) {
        CapturedLifecycleEvent event = SampleEvents.of(change).captured();

        assertThat(payloads.read(payloads.write(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "not json",
        "{\"id\":\"x\",\"change\":\"VERIFIED\",\"course_key\":\"c\",\"usage_key\":\"u\",\"exam_type\":\"TIMED\"}",
        "{\"id\":\"5b0f8c9e-1b7e-4f7e-9a57-3c0e4f1d9a10\",\"change\":\"VERIFIED\",\"course_key\":\"c\",\"usage_key\":\"u\","
                + "\"exam_type\":\"TIMED\",\"requesting_user\":null,\"student_user\":{\"id\":\"42\",\"is_active\":true,"
                + "\"username\":\"u\",\"email\":\"e\",\"name\":\"\"}}"})
    void refusesWhatItDidNotWrite(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> payloads.read(json));
    }
}
