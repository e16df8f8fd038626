/** The exams' registration and changes, one transaction each. */
package dev.proctorreviews.application.service.exam;
