package dev.proctorreviews.application.port;

/**
 * A use case's answer that it did not do what was asked, for a reason the caller may be told. The variants of
 * the sealed result types that are refusals implement it, so that a driving adapter maps each refusal type to
 * its answer once, in a table, and words the answer with the {@code detail} the core gave.
 */
public interface Refusal {
    /** Why, in words for the caller (never personal data beyond what the caller sent). */
    String detail();
}
