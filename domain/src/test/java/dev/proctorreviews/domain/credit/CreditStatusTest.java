package dev.proctorreviews.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.AttemptStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CreditStatusTest {

    @ParameterizedTest
    @EnumSource(AttemptStatus.class)
    void onlyFinalOutcomesDecideCredit(AttemptStatus outcome) {
        var credit = CreditStatus.forOutcome(outcome);
        switch (outcome) {
            case VERIFIED -> assertThat(credit).contains(CreditStatus.SATISFIED);
            case REJECTED, ERROR -> assertThat(credit).contains(CreditStatus.FAILED);
            default -> assertThat(credit).isEmpty();
        }
    }
}
