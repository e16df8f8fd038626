/** Authentic vendor deliveries that could not be applied yet: counting, listing and replaying them. */
package dev.proctorreviews.application.port.in.delivery;
