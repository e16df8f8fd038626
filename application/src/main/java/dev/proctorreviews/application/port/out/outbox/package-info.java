/**
 * The outbox in core words: messages written in the transaction of the change they tell about, numbered in
 * commit order after commit, leased by one dispatcher at a time and recorded try by try. One table serves every
 * sink (webhook deliveries, Open edX event bus entries), so that retries, leases and metrics work one way.
 */
package dev.proctorreviews.application.port.out.outbox;
