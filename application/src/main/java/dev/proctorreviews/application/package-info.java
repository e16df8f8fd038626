/** The application core: use cases over the domain, and the ports through which it reaches the outside. */
package dev.proctorreviews.application;
