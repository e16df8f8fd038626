/**
 * The review workflow: the vendor callback (contract section 2.4) in one transaction, applying a review to
 * the attempt, staff decisions, deletion and reading. A vendor's review and a staff decision become current
 * through one {@link dev.proctorreviews.application.service.review.ReviewAdoption}; the exam lookup they share is
 * package-private here.
 */
package dev.proctorreviews.application.service.review;
