/** Outbound ports: what the core needs from storage, vendors and cryptography, in domain words. */
package dev.proctorreviews.application.port.out;
