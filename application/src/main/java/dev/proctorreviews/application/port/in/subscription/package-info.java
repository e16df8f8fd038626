/** The subscriptions workflow's use cases: manage outbound webhook subscriptions, read and re-send their deliveries. */
package dev.proctorreviews.application.port.in.subscription;
