/**
 * In-memory fakes of every outbound port, shipped in the application test-jar so that the workflow runs
 * without storage, and so that the port contract tests can prove the fakes honest against the jOOQ adapters.
 */
package dev.proctorreviews.application.fakes;
