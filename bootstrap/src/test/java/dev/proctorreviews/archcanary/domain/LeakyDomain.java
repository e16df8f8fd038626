package dev.proctorreviews.archcanary.domain;

import dev.proctorreviews.archcanary.application.CoupledService;

/** Violates: onion (domain uses application), pure-Java domain and storage-in-persistence (uses jOOQ). */
public class LeakyDomain {
    public CoupledService service;
    public org.jooq.DSLContext database;
}
