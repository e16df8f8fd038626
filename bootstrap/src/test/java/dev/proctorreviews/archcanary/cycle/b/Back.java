package dev.proctorreviews.archcanary.cycle.b;

import dev.proctorreviews.archcanary.cycle.a.Cycle;

/** The other half of the cycle. */
public class Back {
    public Cycle forth;
}
