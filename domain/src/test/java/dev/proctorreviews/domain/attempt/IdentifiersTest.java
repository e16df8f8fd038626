package dev.proctorreviews.domain.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void generatedCodesAreUpperCaseUuids() {
        String code = AttemptCode.generate().value();
        assertThat(code).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    }

    @Test
    void externalIdsMatchIgnoringCase() {
        ExternalId id = new ExternalId("abc-DEF");
        assertThat(id.matches("ABC-def")).isTrue();
        assertThat(id.matches("abc-def ")).isFalse();
        assertThat(id.matches(null)).isFalse();
    }

    @Test
    void invalidValuesCannotBeBuilt() {
        assertThatThrownBy(() -> new AttemptCode(" ")).hasMessageContaining("attempt_code");
        assertThatThrownBy(() -> new AttemptCode("x".repeat(65))).hasMessageContaining("attempt_code");
        assertThatThrownBy(() -> new ExternalId(null)).hasMessageContaining("external_id");
        assertThatThrownBy(() -> new AttemptId(0)).hasMessageContaining("attempt_id");
        assertThatThrownBy(() -> new ExternalId("a\0b")).hasMessageContaining("NUL");
    }
}
