/** Staff sign-in (links, sessions, single sign-on) and the read models of the review pages. */
package dev.proctorreviews.application.service.staff;
