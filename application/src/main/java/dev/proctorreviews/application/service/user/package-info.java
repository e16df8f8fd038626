/** Users' registration, reading and retirement. */
package dev.proctorreviews.application.service.user;
