package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Learners' credit requirement statuses, one per (user, course, namespace, name). */
public interface CreditRequirements {
    /** Creates or overwrites the requirement's status. */
    void record(CreditRequirement requirement, Instant at);

    List<CreditRequirement> of(UserId user, CourseId course);
}
