/**
 * What the review pages need: signing staff in with a link or single sign-on, their sessions, the read models
 * of the pages, and opening a recording. The pages are a driving adapter of their own, apart from the API.
 */
package dev.proctorreviews.application.port.in.staff;
