/** The attempt life cycle: registration, status changes and archiving, recording the feed's events. */
package dev.proctorreviews.application.service.attempt;
