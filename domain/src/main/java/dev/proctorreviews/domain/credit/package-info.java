/** Course credit: how an attempt's outcome satisfies or fails the learner's proctored-exam requirement. */
package dev.proctorreviews.domain.credit;
