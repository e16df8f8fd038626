package dev.proctorreviews.application.port.out.lifecycle;

import java.util.Locale;

/**
 * Counts what happens to lifecycle events, for the operator's metrics: each one published, and each change the
 * platform would want to hear of but cannot be told (today only archives without a requesting user, which the
 * platform's reset handler cannot process).
 */
public interface LifecycleCounters {
    /** Counts nothing: for worlds that do not watch. */
    LifecycleCounters NONE = new LifecycleCounters() {
        @Override
        public void published(LifecycleChange change) {
            // not counted
        }

        @Override
        public void skipped(SkipReason reason) {
            // not counted
        }
    };

    /** An event of {@code change} was added to the bus (a repeat after a lost acknowledgement counts again). */
    void published(LifecycleChange change);

    void skipped(SkipReason reason);

    /** Why a change was not captured. */
    enum SkipReason {
        /** An archive without {@code requesting_user_id}: the reset event must name who reset. */
        NO_REQUESTING_USER;

        /** The metric label value. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
