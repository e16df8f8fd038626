/** The core's ports: what it offers ({@code in}) and what it needs ({@code out}). */
package dev.proctorreviews.application.port;
