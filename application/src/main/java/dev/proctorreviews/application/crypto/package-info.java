/** Cryptography the core uses on data at rest (vendor video links), built on the JDK alone. */
package dev.proctorreviews.application.crypto;
