/** Publishes attempt lifecycle events on the Open edX event bus: Avro-encoded entries on a Redis Stream. */
package dev.proctorreviews.openedx.eventbus;
