/** Registering users, reading them and retiring them (their personal data removed). */
package dev.proctorreviews.application.port.in.user;
