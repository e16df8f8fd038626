/** Deliberate architecture violations, one per rule, for the canary test. Never imported by production rules. */
package dev.proctorreviews.archcanary;
