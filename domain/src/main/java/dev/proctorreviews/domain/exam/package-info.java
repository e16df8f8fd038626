/** Exams: a course's timed, possibly proctored exam and the vendor backend that reviews it. */
package dev.proctorreviews.domain.exam;
