/**
 * PostgreSQL storage: every outbound port of the core, the transaction port, Flyway migrations, the event
 * feed's sequencer and the planner statistics the service keeps fresh itself. One rule for statements: each is
 * built with jOOQ's DSL against the schema classes generated from the migrations (a plain-SQL template only for
 * the multi-array {@code unnest … WITH ORDINALITY}, which the DSL cannot express), rendered to SQL once when its
 * repository class loads ({@link dev.proctorreviews.persistence.Rendered}) and executed as a prepared statement by
 * the transaction's {@link dev.proctorreviews.persistence.UnitOfWork}, which sends trailing writes in one round
 * trip and a lock with the read that must follow it in one round trip. Rendering once keeps the schema check of
 * the DSL and costs no jOOQ work per request, where building and rendering per request cost 45 % of a callback's
 * CPU; jOOQ's manual endorses building SQL with it and executing it elsewhere. The rare administrative writes and
 * page reads (users saved, parked deliveries, staff sessions, sign-in links, boards, subscriptions) still let
 * jOOQ execute the same DSL ({@code UnitOfWork.dsl()}). Repositories are named
 * {@code Postgres…} after the database they speak to. Only
 * {@link dev.proctorreviews.persistence.PostgresStores}, {@link dev.proctorreviews.persistence.Migrations} and
 * {@link dev.proctorreviews.persistence.StatisticsKeeper} are meant for bootstrap.
 */
package dev.proctorreviews.persistence;
