/**
 * The services that carry out the use cases, one transaction per command, one subpackage per workflow (the same
 * workflows as the inbound ports). This package holds their one composition, {@link
 * dev.proctorreviews.application.service.ProctorCore}, and the operator's settings it distributes; the
 * workflows never depend on it, so that the packages stay free of cycles.
 */
package dev.proctorreviews.application.service;
