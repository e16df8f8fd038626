/** The out-port through which the core announces attempt lifecycle changes to the learning platform. */
package dev.proctorreviews.application.port.out.lifecycle;
