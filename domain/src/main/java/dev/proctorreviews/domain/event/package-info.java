/** Domain events that other services learn from through the event feed. */
package dev.proctorreviews.domain.event;
