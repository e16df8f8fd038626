package dev.proctorreviews.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outcome matrix of domain-rules.md, cell by cell, and its variations. */
class AttemptOutcomeTest {

    private static Exam exam(String backend, boolean practice) {
        return new Exam(new ExamId(1), new ExamDetails(new CourseId("c"), "content", "Exam", 10, true, practice,
                Backend.fromWireName(backend).orElseThrow()));
    }

    @ParameterizedTest(name = "{0} on {1} (practice={2}, reviewer={3}, second reviews={4}) -> {5}")
    @CsvSource({
        // defaults: no reviewer, second reviews on
        "passed,       software_secure, false, false, true,  verified",
        "violation,    software_secure, false, false, true,  verified",
        "suspicious,   software_secure, false, false, true,  second_review_required",
        "not_reviewed, software_secure, false, false, true,  error",
        "passed,       psi,             false, false, true,  verified",
        "violation,    psi,             false, false, true,  second_review_required",
        "suspicious,   psi,             false, false, true,  second_review_required",
        "not_reviewed, psi,             false, false, true,  error",
        "passed,       psi,             true,  false, true,  verified",
        "violation,    psi,             true,  false, true,  rejected",
        "suspicious,   psi,             true,  false, true,  rejected",
        "not_reviewed, psi,             true,  false, true,  error",
        // second reviews off: every second_review_required becomes rejected
        "suspicious,   software_secure, false, false, false, rejected",
        "violation,    psi,             false, false, false, rejected",
        "suspicious,   psi,             false, false, false, rejected",
        "not_reviewed, psi,             false, false, false, error",
        "passed,       psi,             false, false, false, verified",
        // a reviewer makes failing statuses final, not passing or not-reviewed ones
        "suspicious,   software_secure, false, true,  true,  rejected",
        "violation,    psi,             false, true,  true,  rejected",
        "suspicious,   psi,             true,  true,  true,  rejected",
        "passed,       psi,             false, true,  true,  verified",
        "violation,    software_secure, false, true,  true,  verified",
        "not_reviewed, psi,             false, true,  true,  error",
    })
    void decidesAsTheMatrixSays(String standard, String backend, boolean practice, boolean reviewer,
                                boolean secondReviews, String expected) {
        ReviewPolicy policy = new ReviewPolicy(PassingStatuses.defaults(), secondReviews, true);
        ReviewStatus stored = StandardStatus.fromWireName(standard).orElseThrow().toStored();

        AttemptStatus outcome = AttemptOutcome.decide(stored, exam(backend, practice), reviewer, policy);

        assertThat(outcome.wireName()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"software_secure, Rules Violation, second_review_required", "psi, Rules Violation, verified",
        "psi, Suspicious, verified", "software_secure, Clean, second_review_required"})
    void passingStatusesAreConfigurablePerBackend(String backend, String status, String expected) {
        PassingStatuses custom = PassingStatuses.of(EnumSet.of(ReviewStatus.NOT_REVIEWED),
                EnumSet.of(ReviewStatus.CLEAN, ReviewStatus.RULES_VIOLATION, ReviewStatus.SUSPICIOUS));
        ReviewPolicy policy = new ReviewPolicy(custom, true, true);

        AttemptStatus outcome = AttemptOutcome.decide(ReviewStatus.fromLabel(status).orElseThrow(),
                exam(backend, false), false, policy);

        assertThat(outcome.wireName()).isEqualTo(expected);
    }
}
