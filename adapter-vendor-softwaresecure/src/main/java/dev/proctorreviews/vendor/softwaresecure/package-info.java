/** Reads SoftwareSecure (RPNow) "Reviewer Data Transfer" payloads into the core's normalised review. */
package dev.proctorreviews.vendor.softwaresecure;
