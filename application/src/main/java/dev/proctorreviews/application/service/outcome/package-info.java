/** What a review's outcome tells others: the announcements to the learning platform's event bus. */
package dev.proctorreviews.application.service.outcome;
