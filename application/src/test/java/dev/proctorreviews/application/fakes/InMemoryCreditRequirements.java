package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.CreditRequirements;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Credit requirement statuses keyed like the table's primary key. */
final class InMemoryCreditRequirements implements CreditRequirements {
    private final Map<Key, CreditRequirement> statuses = new ConcurrentHashMap<>();

    @Override
    public void record(CreditRequirement requirement, Instant at) {
        statuses.put(new Key(requirement.userId(), requirement.courseId(), requirement.namespace(),
                requirement.name()), requirement);
    }

    @Override
    public List<CreditRequirement> of(UserId user, CourseId course) {
        return statuses.values().stream().filter(r -> r.userId().equals(user) && r.courseId().equals(course))
                .sorted(Comparator.comparing(CreditRequirement::namespace).thenComparing(CreditRequirement::name))
                .toList();
    }

    private record Key(UserId user, CourseId course, String namespace, String name) {
    }
}
