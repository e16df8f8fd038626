package dev.proctorreviews.archcanary.application.port.out;

/** A driven port's value: use cases must not hand it out. */
public class StoredRow {
}
