package dev.proctorreviews.application.service.review;

import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Users;

/**
 * What a review is about and where it is kept: the attempt (locked while its review changes), its exam, the
 * users a review names (learner, reviewer) and the review versions. A vendor's review and a staff decision are
 * given them as one.
 */
public record ReviewRecords(Attempts attempts, Exams exams, Users users, Reviews reviews) {
}
