package dev.proctorreviews.web;

import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Optional;

/**
 * What {@code /instructor/...} names. Course ids contain slashes, so the path alone cannot say where the course
 * id ends: a last segment of digits is read as an exam id, and the caller falls back to the course page for the
 * whole path when that exam is not the named course's (a course id may end in digits too).
 *
 * @param wholeCourse the whole path read as a course id
 * @param exam        the last segment as an exam id, with the course id before it
 */
record InstructorPath(CourseId wholeCourse, Optional<ExamOfCourse> exam) {
    static final String PREFIX = "/instructor/";

    record ExamOfCourse(CourseId course, ExamId exam) {
    }

    /** Empty when the path is no course id at all (empty, malformed escapes, too long). */
    static Optional<InstructorPath> parse(String rawPath) {
        if (!rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = withoutTrailingSlashes(rawPath.substring(PREFIX.length()));
        Optional<String> decoded = UrlCodec.decode(rest);
        if (decoded.isEmpty() || !validCourse(decoded.get())) {
            return Optional.empty();
        }
        int slash = rest.lastIndexOf('/');
        Optional<ExamOfCourse> exam = Optional.empty();
        if (slash > 0 && rest.substring(slash + 1).matches("[1-9][0-9]{0,17}")) {
            exam = UrlCodec.decode(rest.substring(0, slash)).filter(InstructorPath::validCourse)
                    .map(course -> new ExamOfCourse(new CourseId(course),
                            new ExamId(Long.parseLong(rest.substring(slash + 1)))));
        }
        return Optional.of(new InstructorPath(new CourseId(decoded.get()), exam));
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    private static boolean validCourse(String course) {
        return !course.isBlank() && course.length() <= CourseId.MAX_LENGTH;
    }
}
