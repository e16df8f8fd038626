package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.Review;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.Reviewer;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Review versions keyed by (code, version), and a pointer per attempt to its current version. */
final class InMemoryReviews implements Reviews {
    private final Map<VersionKey, Review> versions = new ConcurrentHashMap<>();
    private final Map<AttemptCode, Pointer> current = new ConcurrentHashMap<>();
    private final InMemoryUsers users;
    private final InMemoryAttempts attempts;

    InMemoryReviews(InMemoryUsers users, InMemoryAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    public Optional<CurrentReview> current(AttemptCode code) {
        Pointer pointer = current.get(code);
        if (pointer == null) {
            return Optional.empty();
        }
        return Optional.of(new CurrentReview(version(code, pointer.version()), pointer.attemptActive(),
                pointer.createdAt(), pointer.updatedAt()));
    }

    @Override
    public int nextVersion(AttemptCode code) {
        return versions.keySet().stream().filter(k -> k.code().equals(code)).mapToInt(VersionKey::version)
                .max().orElse(0) + 1;
    }

    @Override
    public void saveVersion(Review review) {
        if (versions.putIfAbsent(new VersionKey(review.attemptCode(), review.version()), review) != null) {
            throw new IllegalStateException("version " + review.version() + " exists");
        }
    }

    @Override
    public void makeCurrent(Attempt attempt, int version, Instant now) {
        version(attempt.code(), version);
        current.compute(attempt.code(), (c, old) -> new Pointer(version, !attempt.isArchived(),
                old == null ? now : old.createdAt(), now));
    }

    @Override
    public void removeCurrent(AttemptCode code) {
        current.remove(code);
    }

    @Override
    public void markAttemptInactive(AttemptCode code) {
        current.computeIfPresent(code, (c, p) -> new Pointer(p.version(), false, p.createdAt(), p.updatedAt()));
    }

    @Override
    public int retirePersonalData(UserId learner) {
        var codes = attempts.ofLearner(learner).stream().map(Attempt::code).collect(Collectors.toSet());
        int touched = 0;
        for (var entry : versions.entrySet()) {
            Review r = entry.getValue();
            if (codes.contains(r.attemptCode())) {
                entry.setValue(new Review(r.attemptCode(), r.version(), r.status(), r.source(), r.reviewer(), "{}",
                        r.payloadSha256(), Optional.empty(), r.comments().stream().map(c -> new ReviewComment(
                        c.start(), c.stop(), c.duration(), "", c.status())).toList(), r.receivedAt()));
                touched++;
            }
        }
        return touched;
    }

    /** A stored version, with the reviewer's username as it is now (storage joins it the same way). */
    Review version(AttemptCode code, int version) {
        Review review = versions.get(new VersionKey(code, version));
        if (review == null) {
            throw new IllegalStateException("no version " + version + " of " + code.value());
        }
        Optional<Reviewer> reviewer = review.reviewer().map(r -> new Reviewer(r.userId(),
                users.byId(r.userId()).map(u -> u.username()).orElse(r.username())));
        return new Review(review.attemptCode(), review.version(), review.status(), review.source(), reviewer,
                review.rawData(), review.payloadSha256(), review.encryptedVideoUrl(), review.comments(),
                review.receivedAt());
    }

    private record VersionKey(AttemptCode code, int version) {
    }

    private record Pointer(int version, boolean attemptActive, Instant createdAt, Instant updatedAt) {
    }
}
