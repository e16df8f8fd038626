package dev.proctorreviews.web;

import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;

/** The pages' own addresses, built the way the notifications' {@code review_url} is. */
final class Links {
    private Links() {
    }

    static String course(CourseId course) {
        return InstructorPath.PREFIX + UrlCodec.encodePath(course.value());
    }

    static String exam(Exam exam) {
        return course(exam.courseId()) + "/" + exam.id().value();
    }

    static String review(Exam exam, ExternalId attempt) {
        return exam(exam) + "?attempt=" + UrlCodec.encodeQueryValue(attempt.value());
    }

    static String signIn(String returnTo) {
        return "/sign-in?return_to=" + UrlCodec.encodeQueryValue(returnTo);
    }
}
