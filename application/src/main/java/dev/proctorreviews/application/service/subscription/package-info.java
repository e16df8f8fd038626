/** The subscriptions workflow: outbound webhook subscriptions, their keys and their delivery log. */
package dev.proctorreviews.application.service.subscription;
