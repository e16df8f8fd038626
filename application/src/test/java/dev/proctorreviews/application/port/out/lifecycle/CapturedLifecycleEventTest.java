package dev.proctorreviews.application.port.out.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CapturedLifecycleEventTest {
    private static final LearnerSnapshot LEARNER = new LearnerSnapshot(42, true, "learner42", "l42@example.com", "");

    @ParameterizedTest
    @EnumSource(value = LifecycleChange.class, names = {"SUBMITTED", "RESET"})
    void submissionsAndResetsNameWhoCausedThem(LifecycleChange change) {
        assertThat(event(change, Optional.of(LEARNER)).requestingUser()).contains(LEARNER);
        assertThatIllegalArgumentException().isThrownBy(() -> event(change, Optional.empty()))
                .withMessageContaining("requesting_user must be present");
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleChange.class, names = {"VERIFIED", "REJECTED", "ERRORED"})
    void decisionsNameNobody(LifecycleChange change) {
        assertThat(event(change, Optional.empty()).requestingUser()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> event(change, Optional.of(LEARNER)))
                .withMessageContaining("requesting_user must be absent");
    }

    @Test
    void rejectsABlankCourseOrUsageKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CapturedLifecycleEvent(UUID.randomUUID(),
                LifecycleChange.VERIFIED, LEARNER, " ", "block-v1:x", ExamKind.TIMED, Optional.empty()))
                .withMessageContaining("course_key");
        assertThatIllegalArgumentException().isThrownBy(() -> new CapturedLifecycleEvent(UUID.randomUUID(),
                LifecycleChange.VERIFIED, LEARNER, "course-v1:x", "", ExamKind.TIMED, Optional.empty()))
                .withMessageContaining("usage_key");
    }

    @Test
    void aPublishableEventNeedsItsCommitTime() {
        CapturedLifecycleEvent captured = event(LifecycleChange.VERIFIED, Optional.empty());
        assertThatIllegalArgumentException().isThrownBy(() -> new AttemptLifecycleEvent(captured, null))
                .withMessageContaining("committed_at");
        assertThat(new AttemptLifecycleEvent(captured, Instant.EPOCH).captured()).isSameAs(captured);
    }

    @Test
    void aLearnerNeedsAPositiveIdAndANameThatMayBeEmptyButNotMissing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LearnerSnapshot(0, true, "u", "u@example.com", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new LearnerSnapshot(1, true, "u", "u@example.com", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LearnerSnapshot(1, true, "u", "u@example.com", "n".repeat(256)));
    }

    @ParameterizedTest
    @CsvSource({"true, true, PRACTICE", "true, false, PRACTICE", "false, true, PROCTORED", "false, false, TIMED"})
    void practiceWinsOverProctoredWhichWinsOverTimed(boolean practice, boolean proctored, ExamKind expected) {
        assertThat(ExamKind.of(practice, proctored)).isEqualTo(expected);
    }

    private static CapturedLifecycleEvent event(LifecycleChange change, Optional<LearnerSnapshot> requesting) {
        return new CapturedLifecycleEvent(UUID.randomUUID(), change, LEARNER, "course-v1:edX+DemoX+1",
                "block-v1:edX+DemoX+1+type@sequential+block@exam1", ExamKind.PROCTORED, requesting);
    }
}
