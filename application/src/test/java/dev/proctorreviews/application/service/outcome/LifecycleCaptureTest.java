package dev.proctorreviews.application.service.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.fakes.InMemoryStores;
import dev.proctorreviews.application.port.in.attempt.ArchiveResult;
import dev.proctorreviews.application.port.in.attempt.AttemptResult;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand;
import dev.proctorreviews.application.port.in.review.StaffDecisionCommand;
import dev.proctorreviews.application.port.out.lifecycle.CapturedLifecycleEvent;
import dev.proctorreviews.application.port.out.lifecycle.ExamKind;
import dev.proctorreviews.application.port.out.lifecycle.LearnerSnapshot;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;
import dev.proctorreviews.application.port.out.lifecycle.LifecycleCounters;
import dev.proctorreviews.application.port.out.outbox.SinkName;
import dev.proctorreviews.application.scenarios.RecordedLifecycle;
import dev.proctorreviews.application.scenarios.ReviewWorld;
import dev.proctorreviews.application.service.ProctorCore;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.review.ReviewPolicy;
import dev.proctorreviews.domain.review.StandardStatus;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which change captures which lifecycle event (contract 1.1 section 9's table), through the core as the service
 * assembles it, on the in-memory stores.
 */
class LifecycleCaptureTest {
    private final ReviewWorld world = new ReviewWorld(InMemoryStores.create());
    private final RecordedLifecycle outbox = world.lifecycle;
    private final User learner = world.users.register(new User(new UserId(42), "learner42",
            "learner42@example.com", false, Set.of(), Optional.of("Ada Learner"), true));
    private final Exam exam = world.exam(Backend.SOFTWARE_SECURE, false);

    @Test
    void submittingThroughTheStatusApiNamesTheLearnerAsRequestingUserAndCopiesTheSnapshot() {
        Attempt attempt = world.attempt(exam, learner);
        move(attempt, AttemptStatus.STARTED);
        move(attempt, AttemptStatus.SUBMITTED);
        move(attempt, AttemptStatus.SUBMITTED);

        LearnerSnapshot ada = new LearnerSnapshot(42, true, "learner42", "learner42@example.com", "Ada Learner");
        assertThat(outbox.captured()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(LifecycleChange.SUBMITTED);
            assertThat(event.student()).isEqualTo(ada);
            assertThat(event.requestingUser()).contains(ada);
            assertThat(event.courseKey()).isEqualTo(exam.courseId().value());
            assertThat(event.usageKey()).isEqualTo(exam.details().contentId());
            assertThat(event.examType()).isEqualTo(ExamKind.PROCTORED);
        });
    }

    @Test
    void vendorReviewsCaptureVerifiedRejectedAndErroredNamingNobody() {
        Attempt clean = world.attempt(exam, learner);
        Attempt notReviewed = world.attempt(exam, learner);
        Attempt suspicious = world.attempt(exam, learner);
        world.softwareSecure(clean, "Clean");
        world.softwareSecure(notReviewed, "Not Reviewed");
        world.softwareSecure(suspicious, "Suspicious");

        assertThat(changes()).containsExactly(LifecycleChange.VERIFIED, LifecycleChange.ERRORED);
        assertThat(outbox.captured()).allSatisfy(event -> assertThat(event.requestingUser()).isEmpty());
    }

    @Test
    void aStaffDecisionCapturesTheStatusItMovesTo() {
        User staff = world.user("staff", true, Set.of());
        Attempt attempt = world.attempt(exam, learner);
        world.softwareSecure(attempt, "Suspicious");
        world.staffDecisions.decide(new StaffDecisionCommand(attempt.code(), StandardStatus.SUSPICIOUS, staff.email()));
        world.staffDecisions.decide(new StaffDecisionCommand(attempt.code(), StandardStatus.SUSPICIOUS, staff.email()));
        world.staffDecisions.decide(new StaffDecisionCommand(attempt.code(), StandardStatus.PASSED, staff.email()));

        assertThat(changes()).containsExactly(LifecycleChange.REJECTED, LifecycleChange.VERIFIED);
    }

    @Test
    void decisionsThroughTheStatusApiAreCapturedToo() {
        Attempt verified = world.attempt(exam, learner);
        Attempt rejected = world.attempt(exam, learner);
        Attempt error = world.attempt(exam, learner);
        move(verified, AttemptStatus.VERIFIED);
        move(rejected, AttemptStatus.REJECTED);
        move(error, AttemptStatus.ERROR);

        assertThat(changes()).containsExactly(LifecycleChange.VERIFIED, LifecycleChange.REJECTED,
                LifecycleChange.ERRORED);
    }

    @ParameterizedTest
    @EnumSource(value = AttemptStatus.class, names = {"SUBMITTED", "VERIFIED", "REJECTED", "ERROR"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherStatusesCaptureNothing(AttemptStatus status) {
        Attempt attempt = world.attempt(exam, learner);
        move(attempt, status);

        assertThat(outbox.captured()).isEmpty();
    }

    @Test
    void anArchiveNamingWhoAskedCapturesAResetOnceAndKeepsWhoArchived() {
        User staff = world.user("staff", true, Set.of());
        Attempt attempt = world.attempt(exam, learner);

        assertThat(world.attempts.archive(attempt.id(), Optional.of(staff.id()))).isEqualTo(new ArchiveResult.Archived());
        assertThat(world.attempts.archive(attempt.id(), Optional.of(staff.id()))).isEqualTo(new ArchiveResult.Archived());

        assertThat(world.reload(attempt).archivedBy()).contains(staff.id());
        CapturedLifecycleEvent reset = outbox.captured().get(0);
        assertThat(outbox.captured()).hasSize(1);
        assertThat(reset.change()).isEqualTo(LifecycleChange.RESET);
        assertThat(reset.student().id()).isEqualTo(42);
        assertThat(reset.requestingUser()).map(LearnerSnapshot::id).contains(staff.id().value());
        assertThat(reset.requestingUser()).map(LearnerSnapshot::name).contains("");
    }

    @Test
    void anArchiveWithoutRequestingUserCapturesNothingAndIsCounted() {
        Attempt attempt = world.attempt(exam, learner);

        assertThat(world.attempts.archive(attempt.id(), Optional.empty())).isEqualTo(new ArchiveResult.Archived());

        assertThat(world.reload(attempt).isArchived()).isTrue();
        assertThat(outbox.captured()).isEmpty();
        assertThat(outbox.skipped()).containsExactly(LifecycleCounters.SkipReason.NO_REQUESTING_USER);
    }

    @Test
    void anUnknownRequestingUserArchivesNothing() {
        Attempt attempt = world.attempt(exam, learner);

        assertThat(world.attempts.archive(attempt.id(), Optional.of(new UserId(999_999))))
                .isEqualTo(new ArchiveResult.NotFound(AttemptResult.Missing.USER, "Could not locate user with id=999999"));

        assertThat(world.reload(attempt).isArchived()).isFalse();
        assertThat(outbox.captured()).isEmpty();
        assertThat(outbox.skipped()).isEmpty();
    }

    @Test
    void aPracticeExamIsAnnouncedAsPractice() {
        Attempt attempt = world.attempt(world.exam(Backend.PSI, true), learner);
        move(attempt, AttemptStatus.SUBMITTED);

        assertThat(outbox.captured()).singleElement().extracting(CapturedLifecycleEvent::examType)
                .isEqualTo(ExamKind.PRACTICE);
    }

    @Test
    void withoutAnEventBusNothingIsCaptured() {
        var stores = InMemoryStores.create();
        ProctorCore silent = ProctorCore.assemble(stores, Map.of(), url -> Optional.empty(),
                ReviewWorld.settings(ReviewPolicy.defaults()), Optional.empty(), Clock.systemUTC());
        User someone = silent.users().register(new User(new UserId(7), "bob", "bob@example.com", false, Set.of()));
        Exam other = ((ExamResult.Saved) silent.exams().register(new ExamDetails(new CourseId("c/o/u"), "x",
                "Exam", 10, true, false, Backend.PSI))).exam();
        Attempt attempt = ((AttemptResult.Saved) silent.attempts().register(new RegisterAttemptCommand(other.id(),
                someone.id(), true, Optional.empty()))).attempt();
        silent.attempts().change(attempt.id(), AttemptStatus.SUBMITTED);
        silent.attempts().archive(attempt.id(), Optional.of(someone.id()));

        assertThat(stores.outbox().backlog(SinkName.OPENEDX).pending()).isZero();
    }

    private void move(Attempt attempt, AttemptStatus status) {
        assertThat(world.attempts.change(attempt.id(), status)).isInstanceOf(AttemptResult.Saved.class);
    }

    private List<LifecycleChange> changes() {
        return outbox.captured().stream().map(CapturedLifecycleEvent::change).toList();
    }
}
