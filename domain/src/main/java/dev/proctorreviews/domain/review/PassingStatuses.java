package dev.proctorreviews.domain.review;

import dev.proctorreviews.domain.exam.Backend;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which stored statuses pass, per exam backend. It follows the exam's backend, not the endpoint that
 * delivered the review: a PSI review for a SoftwareSecure exam is judged by SoftwareSecure's list.
 */
public final class PassingStatuses {
    private final Map<Backend, Set<ReviewStatus>> byBackend;

    private PassingStatuses(Map<Backend, Set<ReviewStatus>> byBackend) {
        this.byBackend = byBackend;
    }

    /** The defaults: SoftwareSecure passes {@code Clean} and {@code Rules Violation}, PSI only {@code Clean}. */
    public static PassingStatuses defaults() {
        return of(EnumSet.of(ReviewStatus.CLEAN, ReviewStatus.RULES_VIOLATION), EnumSet.of(ReviewStatus.CLEAN));
    }

    public static PassingStatuses of(Set<ReviewStatus> softwareSecure, Set<ReviewStatus> psi) {
        Map<Backend, Set<ReviewStatus>> map = new EnumMap<>(Backend.class);
        map.put(Backend.SOFTWARE_SECURE, Set.copyOf(softwareSecure));
        map.put(Backend.PSI, Set.copyOf(psi));
        return new PassingStatuses(map);
    }

    public boolean passes(ReviewStatus status, Backend backend) {
        return byBackend.get(backend).contains(status);
    }

    public Set<ReviewStatus> forBackend(Backend backend) {
        return byBackend.get(backend);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PassingStatuses p && p.byBackend.equals(byBackend);
    }

    @Override
    public int hashCode() {
        return byBackend.hashCode();
    }

    @Override
    public String toString() {
        return "PassingStatuses" + byBackend;
    }
}
