/**
 * Inbound ports, one subpackage per workflow (review, attempt, exam, user, outcome, delivery, staff): one use
 * case per interface, with its command and its result values, grouped per service into a {@code ...UseCases}
 * interface that the driving adapters are given. This package itself holds only {@link
 * dev.proctorreviews.application.port.in.CoreUseCases}, the whole core as an adapter sees it.
 */
package dev.proctorreviews.application.port.in;
