/** Reviews: the two status vocabularies, versions and history, and the rules that decide an attempt's outcome. */
package dev.proctorreviews.domain.review;
