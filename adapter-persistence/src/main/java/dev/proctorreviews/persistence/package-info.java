/**
 * PostgreSQL storage: every outbound port of the core, the transaction port, Flyway migrations and the event
 * feed's sequencer. The statements every review callback runs are plain SQL over JDBC, prepared once per
 * connection by the driver, with the trailing writes of a transaction sent in one round trip
 * ({@link dev.proctorreviews.persistence.UnitOfWork}); the rest is jOOQ over the schema classes generated from
 * the migrations. Only {@link dev.proctorreviews.persistence.PostgresStores} and
 * {@link dev.proctorreviews.persistence.Migrations} are meant for bootstrap.
 */
package dev.proctorreviews.persistence;
