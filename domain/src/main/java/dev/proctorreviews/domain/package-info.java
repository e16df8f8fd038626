/** The proctoring-review domain: pure Java rules that other services may reuse as a plain jar. */
package dev.proctorreviews.domain;
