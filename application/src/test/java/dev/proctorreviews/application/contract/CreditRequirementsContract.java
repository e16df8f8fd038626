package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class CreditRequirementsContract extends PortContract {

    @Test
    void oneStatusPerRequirementLastWriteWins() {
        User learner = newUser("learner", unique("l") + "@example.com", false, Set.of());
        CourseId course = new CourseId(unique("course"));
        CreditRequirement failed = new CreditRequirement(learner.id(), course, "proctored_exam", "b",
                CreditStatus.FAILED);
        CreditRequirement satisfied = new CreditRequirement(learner.id(), course, "proctored_exam", "b",
                CreditStatus.SATISFIED);
        CreditRequirement other = new CreditRequirement(learner.id(), course, "proctored_exam", "a",
                CreditStatus.FAILED);

        run(() -> {
            stores().credit().record(failed, NOW);
            stores().credit().record(satisfied, NOW);
            stores().credit().record(other, NOW);
        });

        assertThat(tx(() -> stores().credit().of(learner.id(), course))).containsExactly(other, satisfied);
        assertThat(tx(() -> stores().credit().of(learner.id(), new CourseId(unique("else"))))).isEmpty();
    }
}
