package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Exams in a map; (course id, content id) unique as in storage. */
final class InMemoryExams implements Exams {
    private final Map<ExamId, Exam> exams = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Optional<Exam> add(ExamDetails details) {
        if (clashes(null, details)) {
            return Optional.empty();
        }
        Exam exam = new Exam(new ExamId(ids.incrementAndGet()), details);
        exams.put(exam.id(), exam);
        return Optional.of(exam);
    }

    @Override
    public synchronized boolean update(Exam exam) {
        if (clashes(exam.id(), exam.details())) {
            return false;
        }
        exams.put(exam.id(), exam);
        return true;
    }

    @Override
    public Optional<Exam> byId(ExamId id) {
        return Optional.ofNullable(exams.get(id));
    }

    private boolean clashes(ExamId self, ExamDetails details) {
        return exams.values().stream().anyMatch(other -> !other.id().equals(self)
                && other.courseId().equals(details.courseId())
                && other.details().contentId().equals(details.contentId()));
    }
}
