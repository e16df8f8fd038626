/**
 * What the workflows leave behind for others to read: the credit requirement of an attempt, the support
 * notifications, and the event feed.
 */
package dev.proctorreviews.application.port.in.outcome;
