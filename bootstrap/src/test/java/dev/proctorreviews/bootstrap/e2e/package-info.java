/** End-to-end tests: the assembled service on real PostgreSQL, driven over real HTTP with signed requests. */
package dev.proctorreviews.bootstrap.e2e;
