package dev.proctorreviews.application.port.out.lifecycle;

/** What kind of special exam an attempt belongs to, as the learning platform distinguishes them. */
public enum ExamKind {
    PRACTICE, PROCTORED, TIMED;

    /** A practice exam is practice even when proctored; a proctored one is proctored even when timed. */
    public static ExamKind of(boolean practice, boolean proctored) {
        if (practice) {
            return PRACTICE;
        }
        return proctored ? PROCTORED : TIMED;
    }
}
