/** Reads PSI's reviews, in the standard review format, into the core's normalised review. */
package dev.proctorreviews.vendor.psi;
