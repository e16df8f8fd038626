/** The core's ports: what it offers ({@code in}) and what it needs ({@code out}), and the field errors both speak of. */
package dev.proctorreviews.application.port;
