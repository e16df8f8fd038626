package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.AttemptUnderReview;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Attempts in a map; lookups by external id ignore case and prefer the newest attempt, as storage does. */
final class InMemoryAttempts implements Attempts {
    private final Map<AttemptId, Attempt> attempts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final InMemoryExams exams;
    private InMemoryReviews reviews;

    InMemoryAttempts(InMemoryExams exams) {
        this.exams = exams;
    }

    /** The reviews read by {@link #lockForReview}; they know the attempts too, so they come second. */
    void readReviewsFrom(InMemoryReviews reviewsOfAttempts) {
        this.reviews = reviewsOfAttempts;
    }

    @Override
    public Attempt add(NewAttempt a) {
        if (attempts.values().stream().anyMatch(other -> other.code().equals(a.code()))) {
            throw new IllegalStateException("attempt code already used");
        }
        Attempt attempt = new Attempt(new AttemptId(ids.incrementAndGet()), a.examId(), a.userId(), a.code(),
                a.externalId(), a.takingAsProctored(), a.status(), Optional.empty(), Optional.empty(), a.createdAt(),
                a.createdAt());
        attempts.put(attempt.id(), attempt);
        return attempt;
    }

    /** Every transaction holds the one global lock already, so locking an attempt adds nothing. */
    @Override
    public Optional<Attempt> findLocked(AttemptLookup lookup) {
        return find(lookup);
    }

    @Override
    public Optional<AttemptUnderReview> lockForReview(AttemptLookup lookup) {
        return find(lookup).map(attempt -> new AttemptUnderReview(attempt, exams.byId(attempt.examId()).orElseThrow(),
                reviews.current(attempt.code()).map(current -> current.review().head()),
                reviews.nextVersion(attempt.code())));
    }

    @Override
    public Optional<Attempt> find(AttemptLookup lookup) {
        if (lookup instanceof AttemptLookup.ById byId) {
            return Optional.ofNullable(attempts.get(byId.id()));
        }
        if (lookup instanceof AttemptLookup.ByCode byCode) {
            return attempts.values().stream().filter(a -> a.code().equals(byCode.code())).findFirst();
        }
        if (lookup instanceof AttemptLookup.ByExternalId byExternal) {
            return attempts.values().stream()
                    .filter(a -> a.externalId().matches(byExternal.externalId().value()))
                    .max(Comparator.comparingLong(a -> a.id().value()));
        }
        throw new IllegalStateException("unknown lookup " + lookup);
    }

    @Override
    public List<Attempt> ofLearner(UserId learner) {
        return attempts.values().stream().filter(a -> a.userId().equals(learner))
                .sorted(Comparator.comparingLong(a -> a.id().value())).toList();
    }

    /** Every transaction holds the one global lock already, so the check alone is enough. */
    @Override
    public boolean claimExternalId(Backend backend, ExternalId externalId) {
        return attempts.values().stream().noneMatch(a -> a.externalId().matches(externalId.value())
                && exams.byId(a.examId()).map(Exam::backend).orElse(null) == backend);
    }

    @Override
    public void update(Attempt attempt) {
        if (attempts.replace(attempt.id(), attempt) == null) {
            throw new IllegalStateException("no attempt " + attempt.id().value());
        }
    }
}
