/** The review pages for course teams: server-rendered HTML over the use cases, with staff sign-in. */
package dev.proctorreviews.web;
