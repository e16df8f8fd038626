/**
 * The review workflow as driving adapters call it: receiving a vendor's review callback, applying a review to its
 * attempt, a staff member's decision, deleting a review, and reading a review and its history.
 */
package dev.proctorreviews.application.port.in.review;
