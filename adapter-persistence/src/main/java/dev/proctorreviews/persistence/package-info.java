/**
 * PostgreSQL storage: every outbound port of the core, the transaction port, Flyway migrations, the event
 * feed's sequencer and the planner statistics the service keeps fresh itself. The rule for statements: built
 * with jOOQ against the schema classes generated from the migrations, rendered to SQL once
 * ({@link dev.proctorreviews.persistence.Rendered}) and executed as prepared statements by the transaction's
 * {@link dev.proctorreviews.persistence.UnitOfWork}, which sends trailing writes in one round trip; rendering
 * once costs no jOOQ work per request, where building and rendering per request cost 45 % of a callback's CPU.
 * The callback's statements still written as SQL text in the {@code Jdbc*} repositories take the same path.
 * Only {@link dev.proctorreviews.persistence.PostgresStores}, {@link dev.proctorreviews.persistence.Migrations}
 * and {@link dev.proctorreviews.persistence.StatisticsKeeper} are meant for bootstrap.
 */
package dev.proctorreviews.persistence;
