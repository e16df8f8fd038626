/**
 * The review workflow: the vendor callback (contract section 2.4) in one transaction, applying a review to
 * the attempt, staff decisions, deletion and reading. The exam lookup that all of them share is package-private
 * here.
 */
package dev.proctorreviews.application.service.review;
