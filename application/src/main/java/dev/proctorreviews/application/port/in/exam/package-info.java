/** Registering exams, changing their details and reading them. */
package dev.proctorreviews.application.port.in.exam;
