package dev.proctorreviews.application.contract;

import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** What every port contract needs: the stores under test and fresh rows to hang data on. */
public abstract class PortContract {
    /** A fixed instant at storage precision (microseconds), so that round trips compare equal. */
    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract Stores stores();

    protected <T> T tx(Supplier<T> work) {
        return stores().transactions().inTransaction(work);
    }

    protected void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    protected User newUser(String username, String email, boolean staff, Set<CourseId> courses) {
        User user = new User(new UserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)), username, email,
                staff, courses);
        run(() -> stores().users().save(user));
        return user;
    }

    protected Exam newExam(CourseId course) {
        return tx(() -> stores().exams().add(new ExamDetails(course, unique("content"), "Exam", 30, true, false,
                Backend.PSI)).orElseThrow());
    }

    protected Attempt newAttempt(String externalId) {
        Exam exam = newExam(new CourseId(unique("course")));
        User learner = newUser("learner", unique("l") + "@example.com", false, Set.of());
        return tx(() -> stores().attempts().add(new NewAttempt(exam.id(), learner.id(), AttemptCode.generate(),
                new ExternalId(externalId), true, AttemptStatus.CREATED, NOW)));
    }
}
