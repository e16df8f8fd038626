/**
 * PostgreSQL storage with jOOQ: every outbound port of the core, the transaction port, Flyway migrations and
 * the event feed's sequencer. Only {@link dev.proctorreviews.persistence.JooqStores} and
 * {@link dev.proctorreviews.persistence.Migrations} are meant for bootstrap.
 */
package dev.proctorreviews.persistence;
