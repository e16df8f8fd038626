package dev.proctorreviews.archcanary.cycle.a;

import dev.proctorreviews.archcanary.cycle.b.Back;

/** Violates: a package cycle (a uses b, b uses a). */
public class Cycle {
    public Back back;
}
