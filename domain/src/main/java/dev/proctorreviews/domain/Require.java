package dev.proctorreviews.domain;

/**
 * Guards used by the compact constructors of value types, so that an invalid value can never be built.
 * The messages name the offending field because they end up in 400 answers and logs.
 */
public final class Require {
    private Require() {
    }

    /**
     * Rejects null and blank strings, strings longer than {@code maxLength} characters (code points, as
     * PostgreSQL's {@code varchar(n)} counts them, so an emoji is one), and strings holding U+0000 (no text store
     * can keep it, and no identifier needs it).
     */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " must not contain the NUL character");
        }
        return value;
    }

    /** Rejects null. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Rejects ids that are not strictly positive. */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive");
        }
        return value;
    }
}
