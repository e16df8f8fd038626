/** Registering, finding, archiving and moving exam attempts through their statuses. */
package dev.proctorreviews.application.port.in.attempt;
