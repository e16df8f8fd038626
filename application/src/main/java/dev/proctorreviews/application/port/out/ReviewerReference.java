package dev.proctorreviews.application.port.out;

/** How a vendor payload names an internal reviewer: PSI by e-mail, RPNow-compatible vendors by username. */
public sealed interface ReviewerReference {
    record ByEmail(String email) implements ReviewerReference {
    }

    record ByUsername(String username) implements ReviewerReference {
    }
}
