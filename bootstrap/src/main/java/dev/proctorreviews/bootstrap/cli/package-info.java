/** The jar's command line: no arguments runs the service; {@code simulate} and {@code sign} play a vendor. */
package dev.proctorreviews.bootstrap.cli;
