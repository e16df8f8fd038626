package dev.proctorreviews.application.port.out.lifecycle;

/**
 * The lifecycle changes the learning platform acts on. Other status changes are not announced: the platform
 * has nothing to update for them.
 */
public enum LifecycleChange {
    /** The learner submitted the attempt; the platform marks the exam as done pending review. */
    SUBMITTED(true),
    /** The attempt was verified; the platform grants credit. */
    VERIFIED(false),
    /** The attempt was rejected; the platform withholds credit. */
    REJECTED(false),
    /** The attempt ended in error. */
    ERRORED(false),
    /** The attempt was archived; the platform resets the learner's progress on the exam. */
    RESET(true);

    private final boolean namesRequestingUser;

    LifecycleChange(boolean namesRequestingUser) {
        this.namesRequestingUser = namesRequestingUser;
    }

    /**
     * Whether events of this change name the user who caused them: the learner who submitted, the user who
     * reset. Decisions (verified, rejected, errored) name nobody.
     */
    public boolean namesRequestingUser() {
        return namesRequestingUser;
    }
}
