package dev.proctorreviews.application.outbound;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * How one try ended: {@link Delivered} (a 2xx answer in time) or {@link FailedTry} (anything else). Both keep the
 * first {@value #EXCERPT_LIMIT} characters of the answer's body for the delivery log; an empty excerpt means
 * there was no body (or no answer at all).
 */
public sealed interface DeliveryOutcome {
    int EXCERPT_LIMIT = 1_000;
    int ERROR_LIMIT = 200;

    String responseExcerpt();

    /** Maps the two variants without an {@code instanceof} chain at every caller. */
    <T> T fold(Function<Delivered, T> delivered, Function<FailedTry, T> failedTry);

    /** The first {@value #EXCERPT_LIMIT} characters of a response body (never cutting a surrogate pair). */
    static String excerptOf(String body) {
        if (body == null) {
            return "";
        }
        if (body.length() <= EXCERPT_LIMIT) {
            return body;
        }
        int end = Character.isHighSurrogate(body.charAt(EXCERPT_LIMIT - 1)) ? EXCERPT_LIMIT - 1 : EXCERPT_LIMIT;
        return body.substring(0, end);
    }

    /** The receiver answered 2xx within the time limit. */
    record Delivered(int status, String responseExcerpt) implements DeliveryOutcome {
        public Delivered {
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("a delivered try was answered 2xx, not " + status);
            }
            responseExcerpt = checkedExcerpt(responseExcerpt);
        }

        @Override
        public <T> T fold(Function<Delivered, T> delivered, Function<FailedTry, T> failedTry) {
            return delivered.apply(this);
        }
    }

    /**
     * The try failed: {@code status} is the receiver's non-2xx status when it answered at all, {@code error} a
     * short text for people (at most {@value #ERROR_LIMIT} characters, longer texts are cut).
     */
    record FailedTry(OptionalInt status, String error, String responseExcerpt) implements DeliveryOutcome {
        public FailedTry {
            Objects.requireNonNull(status, "status");
            if (status.isPresent() && (status.getAsInt() < 100 || status.getAsInt() > 999)) {
                throw new IllegalArgumentException("an HTTP status has three digits, not " + status.getAsInt());
            }
            if (status.isPresent() && status.getAsInt() >= 200 && status.getAsInt() <= 299) {
                throw new IllegalArgumentException("a 2xx answer is a delivery, not a failed try");
            }
            if (error == null || error.isBlank()) {
                throw new IllegalArgumentException("a failed try says what went wrong");
            }
            error = error.length() > ERROR_LIMIT ? error.substring(0, ERROR_LIMIT) : error;
            responseExcerpt = checkedExcerpt(responseExcerpt);
        }

        /** A try that got no answer (refused, timed out, TLS, a target that is not allowed). */
        public static FailedTry unanswered(String error) {
            return new FailedTry(OptionalInt.empty(), error, "");
        }

        @Override
        public <T> T fold(Function<Delivered, T> delivered, Function<FailedTry, T> failedTry) {
            return failedTry.apply(this);
        }
    }

    private static String checkedExcerpt(String excerpt) {
        Objects.requireNonNull(excerpt, "responseExcerpt (empty when there was no body)");
        if (excerpt.length() > EXCERPT_LIMIT) {
            throw new IllegalArgumentException("a response excerpt is at most " + EXCERPT_LIMIT + " characters");
        }
        return excerpt;
    }
}
