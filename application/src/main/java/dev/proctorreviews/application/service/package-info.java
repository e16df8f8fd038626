/** The services that carry out the use cases, one transaction per command. */
package dev.proctorreviews.application.service;
