package dev.proctorreviews.domain.credit;

import dev.proctorreviews.domain.attempt.AttemptStatus;
import java.util.Optional;

/** The state of a credit requirement; {@code second_review_required} decides nothing and leaves it alone. */
public enum CreditStatus {
    SATISFIED("satisfied"),
    FAILED("failed");

    private final String wireName;

    CreditStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** {@code verified} satisfies, {@code rejected} and {@code error} fail, anything else decides nothing. */
    public static Optional<CreditStatus> forOutcome(AttemptStatus outcome) {
        switch (outcome) {
            case VERIFIED:
                return Optional.of(SATISFIED);
            case REJECTED:
            case ERROR:
                return Optional.of(FAILED);
            default:
                return Optional.empty();
        }
    }

    public static CreditStatus fromWireName(String name) {
        for (CreditStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown credit status " + name);
    }
}
