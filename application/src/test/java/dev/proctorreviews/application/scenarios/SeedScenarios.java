package dev.proctorreviews.application.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.application.port.ParkedDelivery;
import dev.proctorreviews.application.port.in.delivery.ReplayResult;
import dev.proctorreviews.application.port.in.review.ReceiveReviewResult;
import dev.proctorreviews.application.port.in.review.StaffDecisionCommand;
import dev.proctorreviews.application.port.in.review.StaffDecisionResult;
import dev.proctorreviews.application.port.in.user.Retirement;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.service.CoreSettings;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.HistoryReason;
import dev.proctorreviews.domain.review.PassingStatuses;
import dev.proctorreviews.domain.review.ReviewPolicy;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.review.StandardStatus;
import dev.proctorreviews.domain.user.User;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed scenarios of {@code domain-rules.md}, numbered as there, plus the update-policy guarantees of the
 * workflow. Scenario 13 (Content-Type) and the 405 half of 14 are HTTP matters and live in the HTTP tests.
 * Subclasses supply the stores: in-memory fakes, or jOOQ on PostgreSQL.
 */
public abstract class SeedScenarios {
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, PageRequest.MAX_LIMIT);

    /** Fresh stores (or stores that fresh ids keep apart) for one world. */
    protected abstract Stores stores();

    private ReviewWorld world() {
        return new ReviewWorld(stores());
    }

    private ReviewWorld world(ReviewPolicy policy) {
        return new ReviewWorld(stores(), ReviewWorld.settings(policy));
    }

    private ReviewWorld simulatingCallbacks() {
        CoreSettings settings = ReviewWorld.settings(ReviewPolicy.defaults());
        return new ReviewWorld(stores(), new CoreSettings(settings.policy(), true, settings.publicBaseUrl(),
                settings.replayWindow()));
    }

    @Test
    void scenario01_unknownAttemptCodeInTheApplyStepIsANoOp() {
        ReviewWorld world = world();
        assertThat(world.apply.apply(new AttemptCode("NO-SUCH-" + UUID.randomUUID()))).isEmpty();
    }

    @Test
    void scenario02_reviewForAnArchivedAttemptIsStoredButLeavesTheAttemptAlone() {
        ReviewWorld world = world();
        User learner = world.learner();
        Attempt ss = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), learner);
        Attempt psi = world.attempt(world.exam(Backend.PSI, false), learner);
        world.attempts.archive(ss.id(), Optional.empty());
        world.attempts.archive(psi.id(), Optional.empty());
        long before = lastSeq(world);

        assertThat(world.softwareSecure(ss, "Suspicious")).isInstanceOf(ReceiveReviewResult.Applied.class);
        assertThat(world.psi(psi, "suspicious", Optional.empty())).isInstanceOf(ReceiveReviewResult.Applied.class);

        assertThat(world.reads.get(ss.code()).orElseThrow().review().comments()).hasSize(6);
        assertThat(world.reads.get(psi.code()).orElseThrow().review().comments()).hasSize(3);
        assertThat(world.reload(ss).status()).isEqualTo(AttemptStatus.CREATED);
        assertThat(world.reload(psi).status()).isEqualTo(AttemptStatus.CREATED);
        assertThat(world.outcomes.credit(learner.id(), world.course)).isEmpty();
        assertThat(eventsAfter(world, before)).extracting(FeedEvent::type)
                .containsExactly("review_received", "review_received");
    }

    @Test
    void scenario03_resubmissionGoesToHistoryAndDeleteToo() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());

        world.softwareSecure(attempt, "Clean");
        assertThat(history(world, attempt)).isEmpty();

        world.softwareSecure(attempt, "Suspicious");
        assertThat(world.reads.get(attempt.code()).orElseThrow().review().status()).isEqualTo(ReviewStatus.SUSPICIOUS);
        assertThat(history(world, attempt)).extracting(h -> h.review().status()).containsExactly(ReviewStatus.CLEAN);

        assertThat(world.deletes.delete(attempt.code())).isTrue();
        assertThat(world.reads.get(attempt.code())).isEmpty();
        List<HistoryEntry> history = history(world, attempt);
        assertThat(history).extracting(h -> h.review().status())
                .containsExactly(ReviewStatus.CLEAN, ReviewStatus.SUSPICIOUS);
        assertThat(history).extracting(HistoryEntry::reason)
                .containsExactly(HistoryReason.UPDATED, HistoryReason.DELETED);
        assertThat(history).extracting(h -> h.review().comments().size()).containsExactly(6, 6);
    }

    @Test
    void scenario04_resubmissionIsRefusedWhenUpdatesAreOff() {
        ReviewWorld world = world(new ReviewPolicy(PassingStatuses.defaults(), true, false));
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());
        world.softwareSecure(attempt, "Clean");

        assertThat(world.softwareSecure(attempt, "Suspicious"))
                .isInstanceOf(ReceiveReviewResult.ReviewAlreadyExists.class);
        assertThat(world.reads.get(attempt.code()).orElseThrow().review().status()).isEqualTo(ReviewStatus.CLEAN);
        assertThat(history(world, attempt)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Clean, verified, satisfied", "Rules Violation, verified, satisfied",
        "Suspicious, second_review_required, ", "Not Reviewed, error, failed"})
    void scenario05_eachSoftwareSecureStatusDecidesTheCredit(String status, String attemptStatus, String credit) {
        ReviewWorld world = world();
        User learner = world.learner();
        Exam exam = world.exam(Backend.SOFTWARE_SECURE, false);
        Attempt attempt = world.attempt(exam, learner);

        assertThat(world.softwareSecure(attempt, status)).isInstanceOf(ReceiveReviewResult.Applied.class);

        assertThat(world.reload(attempt).status().wireName()).isEqualTo(attemptStatus);
        List<CreditRequirement> requirements = world.outcomes.credit(learner.id(), world.course);
        if (credit == null) {
            assertThat(requirements).isEmpty();
        } else {
            assertThat(requirements).singleElement().satisfies(r -> {
                assertThat(r.status().wireName()).isEqualTo(credit);
                assertThat(r.namespace()).isEqualTo("proctored_exam");
                assertThat(r.name()).isEqualTo(exam.details().contentId());
            });
        }
        List<SupportNotification> notifications = world.outcomes.list(world.course, FIRST_PAGE).items();
        if (status.equals("Suspicious")) {
            assertThat(notifications).singleElement().satisfies(n -> {
                assertThat(n.reviewUrl()).isEqualTo(ReviewWorld.BASE_URL + "/instructor/" + world.course.value()
                        + "/" + exam.id().value() + "?attempt=" + attempt.externalId().value());
                assertThat(n.studentUsername()).isEqualTo("learner");
                assertThat(n.examName()).isEqualTo("Midterm Exam");
                assertThat(n.reviewStatus()).isEqualTo(ReviewStatus.SUSPICIOUS);
            });
        } else {
            assertThat(notifications).isEmpty();
        }
    }

    @Test
    void scenario05_bogusStatusIsABadReviewStatus() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());

        ReceiveReviewResult result = world.softwareSecure(attempt, "Bogus");

        assertThat(result).isEqualTo(new ReceiveReviewResult.BadReviewStatus(
                "Received unexpected reviewStatus field value from payload. Was Bogus."));
        assertThat(world.reads.get(attempt.code())).isEmpty();
    }

    @Test
    void scenario06_isAttemptActiveFollowsArchivingWithoutTouchingTheStatus() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());
        world.softwareSecure(attempt, "Clean");
        assertThat(world.reads.get(attempt.code()).orElseThrow().attemptActive()).isTrue();
        long before = lastSeq(world);

        world.attempts.archive(attempt.id(), Optional.empty());

        CurrentReview review = world.reads.get(attempt.code()).orElseThrow();
        assertThat(review.attemptActive()).isFalse();
        assertThat(review.review().version()).isEqualTo(1);
        assertThat(history(world, attempt)).isEmpty();
        assertThat(eventsAfter(world, before)).isEmpty();
        Attempt archived = world.reload(attempt);
        assertThat(archived.isArchived()).isTrue();
        assertThat(archived.status()).isEqualTo(AttemptStatus.VERIFIED);
    }

    @Test
    void scenario07_secondReviewsOn() {
        ReviewWorld world = world();
        Exam exam = world.exam(Backend.PSI, false);
        Attempt suspicious = world.attempt(exam, world.learner());
        Attempt notReviewed = world.attempt(exam, world.learner());

        world.psi(suspicious, "suspicious", Optional.empty());
        world.psi(notReviewed, "not_reviewed", Optional.empty());

        assertThat(world.reload(suspicious).status()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);
        assertThat(world.reload(notReviewed).status()).isEqualTo(AttemptStatus.ERROR);
    }

    @Test
    void scenario08_verifiedAttemptArchivedThenSuspiciousStaysVerified() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());
        world.psi(attempt, "passed", Optional.empty());
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.VERIFIED);
        world.attempts.archive(attempt.id(), Optional.empty());

        ReceiveReviewResult result = world.psi(attempt, "suspicious", Optional.empty());

        assertThat(result).isInstanceOfSatisfying(ReceiveReviewResult.Applied.class,
                applied -> assertThat(applied.summary().attemptStatus()).isEqualTo(AttemptStatus.VERIFIED));
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.VERIFIED);
        assertThat(world.reads.get(attempt.code()).orElseThrow().attemptActive()).isFalse();
    }

    @Test
    void scenario09_passingStatusesCleanOnly() {
        ReviewPolicy cleanOnly = new ReviewPolicy(
                PassingStatuses.of(EnumSet.of(ReviewStatus.CLEAN), EnumSet.of(ReviewStatus.CLEAN)), true, true);
        ReviewWorld world = world(cleanOnly);
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());

        world.psi(attempt, "violation", Optional.empty());

        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);
    }

    @Test
    void scenario10_practiceExamSuspiciousIsRejected() {
        ReviewWorld world = world();
        User learner = world.learner();
        Attempt attempt = world.attempt(world.exam(Backend.PSI, true), learner);

        world.psi(attempt, "suspicious", Optional.empty());

        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.REJECTED);
        assertThat(world.outcomes.credit(learner.id(), world.course)).extracting(CreditRequirement::status)
                .containsExactly(CreditStatus.FAILED);
    }

    @Test
    void scenario11_reviewerAbsentUnknownKnownAndNotStaff() {
        ReviewWorld world = world();
        Exam exam = world.exam(Backend.PSI, false);
        User staff = world.user("course-staff", false, Set.of(world.course));
        User outsider = world.user("outsider", false, Set.of());
        Attempt absent = world.attempt(exam, world.learner());
        Attempt unknown = world.attempt(exam, world.learner());
        Attempt known = world.attempt(exam, world.learner());
        Attempt notStaff = world.attempt(exam, world.learner());

        world.psi(absent, "suspicious", Optional.empty());
        world.psi(unknown, "suspicious", Optional.of("nobody-" + UUID.randomUUID() + "@example.com"));
        world.psi(known, "suspicious", Optional.of(staff.email().toUpperCase(java.util.Locale.ROOT)));
        List<String> logs;
        try (CapturedLogs captured = new CapturedLogs()) {
            world.psi(notStaff, "suspicious", Optional.of(outsider.email()));
            logs = captured.messages();
        }

        assertThat(reviewer(world, absent)).isEmpty();
        assertThat(reviewer(world, unknown)).isEmpty();
        assertThat(reviewer(world, known)).contains("course-staff");
        assertThat(reviewer(world, notStaff)).contains("outsider");
        assertThat(logs).contains("user=outsider does not have the required permissions to submit a review for"
                + " attempt_code=" + notStaff.code().value() + ".");
        assertThat(world.reload(absent).status()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);
        assertThat(world.reload(known).status()).isEqualTo(AttemptStatus.REJECTED);
        assertThat(world.outcomes.list(world.course, FIRST_PAGE).items()).hasSize(2);
    }

    @Test
    void scenario12_recordLocatorMatchingAndSimulation() {
        ReviewWorld strict = world();
        Exam exam = strict.exam(Backend.SOFTWARE_SECURE, false);
        Attempt mismatched = strict.attempt(exam, strict.learner());
        Attempt upperCased = strict.attempt(exam, strict.learner());

        assertThat(strict.softwareSecure(mismatched, "Clean", "someone-else", Optional.empty(), Optional.empty()))
                .isInstanceOf(ReceiveReviewResult.ExternalIdMismatch.class);
        assertThat(strict.reads.get(mismatched.code())).isEmpty();
        assertThat(strict.softwareSecure(upperCased, "Clean",
                upperCased.externalId().value().toUpperCase(java.util.Locale.ROOT), Optional.empty(),
                Optional.empty())).isInstanceOf(ReceiveReviewResult.Applied.class);

        ReviewWorld simulating = simulatingCallbacks();
        Attempt simulated = simulating.attempt(simulating.exam(Backend.SOFTWARE_SECURE, false),
                simulating.learner());
        assertThat(simulating.softwareSecure(simulated, "Clean", "someone-else", Optional.empty(),
                Optional.empty())).isInstanceOf(ReceiveReviewResult.Applied.class);
    }

    @Test
    void scenario14_examNoLongerProctoredIsRefusedAndNothingStored() {
        ReviewWorld world = world();
        Exam exam = world.exam(Backend.SOFTWARE_SECURE, false);
        Attempt attempt = world.attempt(exam, world.learner());
        world.exams.update(exam.id(), new dev.proctorreviews.application.port.in.exam.ExamChange(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty(),
                Optional.empty()));
        long before = lastSeq(world);

        assertThat(world.softwareSecure(attempt, "Clean")).isInstanceOf(ReceiveReviewResult.ExamNotProctored.class);

        assertThat(world.reads.get(attempt.code())).isEmpty();
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.CREATED);
        assertThat(eventsAfter(world, before)).isEmpty();
    }

    @Test
    void attemptNotFoundNamesTheCodeOrExternalId() {
        ReviewWorld world = world();
        assertThat(world.psi("missing-ext", "passed", Optional.empty())).isEqualTo(
                new ReceiveReviewResult.AttemptNotFound("Could not locate an attempt with external_id=missing-ext"));
    }

    @Test
    void duplicateDeliveryChangesNothingAndAnnouncesNothing() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());
        world.softwareSecure(attempt, "Suspicious");
        long before = lastSeq(world);

        ReceiveReviewResult again = world.softwareSecure(attempt, "Suspicious");

        assertThat(again).isInstanceOfSatisfying(ReceiveReviewResult.Duplicate.class, d -> {
            assertThat(d.summary().reviewStatus()).contains(ReviewStatus.SUSPICIOUS);
            assertThat(d.summary().attemptStatus()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);
        });
        assertThat(history(world, attempt)).isEmpty();
        assertThat(eventsAfter(world, before)).isEmpty();
        assertThat(world.outcomes.list(world.course, FIRST_PAGE).items()).hasSize(1);
        assertThat(world.reads.get(attempt.code()).orElseThrow().review().version()).isEqualTo(1);
    }

    @Test
    void staffDecisionIsFinalForLaterVendorReviews() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());
        User staff = world.user("staff", true, Set.of());
        world.softwareSecure(attempt, "Suspicious");

        StaffDecisionResult decided = world.staffDecisions.decide(
                new StaffDecisionCommand(attempt.code(), StandardStatus.PASSED, staff.email()));
        assertThat(decided).isInstanceOf(StaffDecisionResult.Decided.class);
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.VERIFIED);
        long before = lastSeq(world);

        ReceiveReviewResult late = world.softwareSecure(attempt, "Not Reviewed");

        assertThat(late).isInstanceOf(ReceiveReviewResult.SupersededByStaffDecision.class);
        CurrentReview current = world.reads.get(attempt.code()).orElseThrow();
        assertThat(current.review().source()).isEqualTo(ReviewSource.STAFF);
        assertThat(current.review().status()).isEqualTo(ReviewStatus.CLEAN);
        assertThat(current.review().reviewer()).hasValueSatisfying(r -> assertThat(r.username()).isEqualTo("staff"));
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.VERIFIED);
        assertThat(history(world, attempt)).extracting(HistoryEntry::reason)
                .containsExactly(HistoryReason.UPDATED, HistoryReason.SUPERSEDED_BY_STAFF_DECISION);
        assertThat(eventsAfter(world, before)).isEmpty();
    }

    @Test
    void staffDecisionNeedsAReviewAndAStaffReviewer() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());
        User outsider = world.user("outsider", false, Set.of());
        User staff = world.user("staff", false, Set.of(world.course));

        assertThat(world.staffDecisions.decide(new StaffDecisionCommand(attempt.code(), StandardStatus.PASSED,
                staff.email()))).isInstanceOf(StaffDecisionResult.ReviewNotFound.class);
        world.psi(attempt, "suspicious", Optional.empty());
        assertThat(world.staffDecisions.decide(new StaffDecisionCommand(attempt.code(), StandardStatus.PASSED,
                outsider.email()))).isInstanceOf(StaffDecisionResult.ReviewerNotAllowed.class);
        assertThat(world.staffDecisions.decide(new StaffDecisionCommand(attempt.code(), StandardStatus.VIOLATION,
                staff.email()))).isInstanceOf(StaffDecisionResult.Decided.class);
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.REJECTED);
    }

    @Test
    void deleteAfterTwoReviewsLeavesBothInHistory() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());
        world.psi(attempt, "passed", Optional.empty());
        world.psi(attempt, "violation", Optional.empty());

        world.deletes.delete(attempt.code());

        assertThat(history(world, attempt)).extracting(h -> h.review().version()).containsExactly(1, 2);
        assertThat(world.deletes.delete(attempt.code())).isFalse();
    }

    @Test
    void eventsDescribeTheReviewAndTheStatusChangeInOrder() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.PSI, false), world.learner());
        long before = lastSeq(world);

        world.psi(attempt, "passed", Optional.empty());

        List<FeedEvent> events = eventsAfter(world, before);
        assertThat(events).extracting(FeedEvent::type).containsExactly("review_received", "attempt_status_changed");
        assertThat(compact(events.get(0))).contains("\"status\":\"created\"", "\"review_status\":\"Clean\"",
                "\"review_attempt_code\":\"" + attempt.code().value() + "\"", "\"is_proctored\":true");
        assertThat(compact(events.get(1))).contains("\"attempt_id\":" + attempt.id().value(),
                "\"from\":\"created\"", "\"to\":\"verified\"");
    }

    @Test
    void replayedWebhookIdAnswersWithTheCurrentState() {
        ReviewWorld world = world();
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());
        String webhookId = "msg_" + UUID.randomUUID();
        assertThat(world.softwareSecure(attempt, "Clean", attempt.externalId().value(), Optional.empty(),
                Optional.of(webhookId))).isInstanceOf(ReceiveReviewResult.Applied.class);

        ReceiveReviewResult replay = world.softwareSecure(attempt, "Bogus", "anything", Optional.empty(),
                Optional.of(webhookId));

        assertThat(replay).isInstanceOfSatisfying(ReceiveReviewResult.Replayed.class, r -> {
            assertThat(r.summary().reviewStatus()).contains(ReviewStatus.CLEAN);
            assertThat(r.summary().attemptStatus()).isEqualTo(AttemptStatus.VERIFIED);
        });
        assertThat(world.forgetOldWebhooks.forgetExpired()).isNotNegative();
    }

    @Test
    void anAuthenticDeliveryForAMissingAttemptIsParkedAndReplayedExactlyOnce() {
        ReviewWorld world = world();
        Exam exam = world.exam(Backend.PSI, false);
        String external = "late-" + UUID.randomUUID();
        assertThat(world.psi(external, "suspicious", Optional.empty()))
                .isInstanceOf(ReceiveReviewResult.AttemptNotFound.class);
        assertThat(world.psi(external, "suspicious", Optional.empty()))
                .isInstanceOf(ReceiveReviewResult.AttemptNotFound.class);
        ParkedDelivery parked = world.parked.list(ParkedDelivery.DeliveryState.PARKED, FIRST_PAGE).items().stream()
                .filter(d -> d.externalIdFromRoute().orElse("").equals(external)).findFirst().orElseThrow();
        assertThat(parked.deliveries()).isEqualTo(2);
        assertThat(world.parked.replay(parked.id())).isEqualTo(new ReplayResult.Replayed(
                new ReceiveReviewResult.AttemptNotFound("Could not locate an attempt with external_id=" + external)));

        Attempt attempt = world.attempts.register(new dev.proctorreviews.application.port.in.attempt.RegisterAttemptCommand(
                exam.id(), world.learner().id(), true, Optional.of(new ExternalId(external))))
                instanceof dev.proctorreviews.application.port.in.attempt.AttemptResult.Saved saved ? saved.attempt() : null;
        ReplayResult replayed = world.parked.replay(parked.id());

        assertThat(replayed).isInstanceOfSatisfying(ReplayResult.Replayed.class,
                r -> assertThat(r.result()).isInstanceOf(ReceiveReviewResult.Applied.class));
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);
        assertThat(world.parked.replay(parked.id())).isInstanceOf(ReplayResult.AlreadyReplayed.class);
        assertThat(world.psi(external, "suspicious", Optional.empty()))
                .isInstanceOf(ReceiveReviewResult.Duplicate.class);
        assertThat(world.reads.get(attempt.code()).orElseThrow().review().version()).isEqualTo(1);
        assertThat(world.parked.replay(Long.MAX_VALUE)).isInstanceOf(ReplayResult.NotFound.class);
    }

    @Test
    void retiringALearnerBlanksPersonalDataWithoutWorkflowOrEvents() {
        ReviewWorld world = world();
        User learner = world.learner();
        Exam rpnow = world.exam(Backend.SOFTWARE_SECURE, false);
        Attempt live = world.attempt(rpnow, learner);
        Attempt archived = world.attempt(world.exam(Backend.PSI, false), learner);
        world.softwareSecure(live, "Clean");
        world.softwareSecure(live, "Suspicious");
        world.psi(archived, "passed", Optional.empty());
        world.attempts.archive(archived.id(), Optional.empty());
        String late = "late-" + UUID.randomUUID();
        world.psi(late, "suspicious", Optional.empty());
        world.attempt(world.exam(Backend.PSI, false), learner, late);
        String someoneElses = "other-" + UUID.randomUUID();
        world.psi(someoneElses, "suspicious", Optional.empty());
        long before = lastSeq(world);

        assertThat(world.users.retire(learner.id())).contains(new Retirement(3, 1, 1));
        assertThat(world.users.retire(learner.id())).contains(new Retirement(3, 0, 1));
        assertThat(world.users.retire(new dev.proctorreviews.domain.user.UserId(Long.MAX_VALUE - 7))).isEmpty();

        assertThat(world.users.get(learner.id())).contains(learner.retired());
        assertThat(world.outcomes.list(rpnow.details().courseId(), FIRST_PAGE).items()).isNotEmpty()
                .allMatch(n -> n.studentUsername().equals(learner.retired().username()));
        assertThat(world.parked.list(ParkedDelivery.DeliveryState.PARKED, FIRST_PAGE).items())
                .noneMatch(d -> d.externalIdFromRoute().orElse("").equals(late))
                .anyMatch(d -> d.externalIdFromRoute().orElse("").equals(someoneElses));

        CurrentReview current = world.reads.get(live.code()).orElseThrow();
        assertThat(current.review().rawData().replace(" ", "")).isEqualTo("{}");
        assertThat(current.review().encryptedVideoUrl()).isEmpty();
        assertThat(current.review().comments()).allMatch(c -> c.comment().isEmpty()).hasSize(6);
        assertThat(current.review().status()).isEqualTo(ReviewStatus.SUSPICIOUS);
        assertThat(history(world, live)).singleElement()
                .satisfies(h -> assertThat(h.review().comments()).allMatch(c -> c.comment().isEmpty()));
        assertThat(world.reads.get(archived.code()).orElseThrow().review().comments())
                .allMatch(c -> c.comment().isEmpty());
        assertThat(eventsAfter(world, before)).isEmpty();
        assertThat(history(world, live)).hasSize(1);
        assertThat(world.reload(live).status()).isEqualTo(AttemptStatus.SECOND_REVIEW_REQUIRED);
    }

    private static List<HistoryEntry> history(ReviewWorld world, Attempt attempt) {
        return world.reads.history(attempt.code()).orElseThrow();
    }

    private static Optional<String> reviewer(ReviewWorld world, Attempt attempt) {
        return world.reads.get(attempt.code()).orElseThrow().review().reviewer().map(r -> r.username());
    }

    private static long lastSeq(ReviewWorld world) {
        long seq = 0;
        while (true) {
            var page = world.outcomes.read(seq, 1000);
            if (page.events().isEmpty()) {
                return seq;
            }
            seq = page.nextAfter();
        }
    }

    /** Event data without insignificant white space (storage may re-format JSON). */
    private static String compact(FeedEvent event) {
        return event.dataJson().replaceAll("\\s+(?=([^\"]*\"[^\"]*\")*[^\"]*$)", "");
    }

    private static List<FeedEvent> eventsAfter(ReviewWorld world, long after) {
        return world.outcomes.read(after, 1000).events();
    }
}
