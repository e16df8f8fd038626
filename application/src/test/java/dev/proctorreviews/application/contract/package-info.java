/**
 * Port contract tests: one abstract suite per outbound port, run against the in-memory fake and against the
 * jOOQ adapter, so that the same assertions prove the fakes honest.
 */
package dev.proctorreviews.application.contract;
