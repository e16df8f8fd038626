/** Outbound webhooks in core words: what a delivery try is, how it ends, when to retry, which targets are allowed. */
package dev.proctorreviews.application.outbound;
