package dev.proctorreviews.archcanary.persistence;

/** A legitimate adapter class, so that the onion rule sees all its layers. */
public class Storage {
}
