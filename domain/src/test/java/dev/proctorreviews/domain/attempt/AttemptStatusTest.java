package dev.proctorreviews.domain.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttemptStatusTest {

    @ParameterizedTest
    @EnumSource(AttemptStatus.class)
    void completedNeverReturnsToIncomplete(AttemptStatus from) {
        for (AttemptStatus to : AttemptStatus.values()) {
            boolean allowed = from.canMoveTo(to);
            assertThat(allowed).as(from + " -> " + to).isEqualTo(!from.isCompleted() || to.isCompleted());
        }
    }

    @Test
    void theVocabularyIsTheContracts() {
        assertThat(AttemptStatus.values()).extracting(AttemptStatus::wireName).containsExactly("created",
                "download_software_clicked", "ready_to_start", "started", "ready_to_submit", "submitted",
                "declined", "timed_out", "second_review_required", "verified", "rejected", "error");
        assertThat(AttemptStatus.values()).filteredOn(AttemptStatus::isCompleted).extracting(AttemptStatus::wireName)
                .containsExactly("submitted", "declined", "timed_out", "second_review_required", "verified",
                        "rejected", "error");
        assertThat(AttemptStatus.fromWireName("Verified")).isEmpty();
    }

    @Test
    void anArchivedAttemptNeverChanges() {
        Attempt attempt = new Attempt(new AttemptId(1), new ExamId(1), new UserId(1), AttemptCode.generate(),
                ExternalId.generate(), true, AttemptStatus.STARTED, Optional.empty(), Optional.empty(), Instant.EPOCH,
                Instant.EPOCH);
        Attempt archived = attempt.archived(Instant.EPOCH.plusSeconds(5), Optional.of(new UserId(3)));

        assertThat(archived.isArchived()).isTrue();
        assertThat(archived.archived(Instant.EPOCH.plusSeconds(9), Optional.empty())).isEqualTo(archived);
        assertThat(archived.archivedBy()).contains(new UserId(3));
        assertThatThrownBy(() -> archived.withStatus(AttemptStatus.VERIFIED, Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> attempt.withStatus(AttemptStatus.VERIFIED, Instant.EPOCH)
                .withStatus(AttemptStatus.STARTED, Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
    }
}
