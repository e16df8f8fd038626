/**
 * Dispatching the outbox: one generic dispatcher leases due messages, hands each to its sink on worker threads of
 * its own and records how the try ended, so that a slow or dead receiver never holds a request thread and a
 * message survives every crash until it is recorded. Sinks (webhooks here, the Open edX event bus elsewhere) only
 * say how to send one message and how long to wait before the next try.
 */
package dev.proctorreviews.application.service.outbound;
