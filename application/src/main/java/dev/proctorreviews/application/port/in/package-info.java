/** Inbound ports: one use case per interface, with its command and its result values. */
package dev.proctorreviews.application.port.in;
