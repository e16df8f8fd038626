/** Users known to the service: learners and the staff who may review their attempts. */
package dev.proctorreviews.domain.user;
