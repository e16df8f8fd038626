package dev.proctorreviews.application.port.in.attempt;

/** How archiving an attempt ended. */
public sealed interface ArchiveResult {
    /** The attempt is archived, now or already before (then nothing changed). */
    record Archived() implements ArchiveResult {
    }

    /** The attempt, or the requesting user it names, is unknown; nothing was archived. */
    record NotFound(AttemptResult.Missing missing, String detail) implements ArchiveResult {
    }
}
