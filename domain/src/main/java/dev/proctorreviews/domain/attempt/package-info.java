/** Exam attempts: their identifiers, their status machine and their archived state. */
package dev.proctorreviews.domain.attempt;
