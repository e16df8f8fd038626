package dev.proctorreviews.archcanary.web;

import dev.proctorreviews.archcanary.persistence.Storage;

/** Violates: the pages adapter uses the persistence adapter (onion: adapters never see each other). */
public class WebThing {
    public Storage storage;
}
