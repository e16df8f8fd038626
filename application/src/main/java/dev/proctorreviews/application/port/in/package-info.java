/**
 * Inbound ports: one use case per interface, with its command and its result values, grouped per service into
 * a {@code ...UseCases} interface that the driving adapters are given.
 */
package dev.proctorreviews.application.port.in;
