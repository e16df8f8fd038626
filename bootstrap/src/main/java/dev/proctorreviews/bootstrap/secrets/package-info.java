/** Secrets the service generates for itself and keeps in its data directory, readable by the owner only. */
package dev.proctorreviews.bootstrap.secrets;
