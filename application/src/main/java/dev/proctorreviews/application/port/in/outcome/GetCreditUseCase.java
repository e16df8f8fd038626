package dev.proctorreviews.application.port.in.outcome;

import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.UserId;
import java.util.List;

/** Read a learner's credit requirement statuses in a course. */
public interface GetCreditUseCase {
    List<CreditRequirement> credit(UserId user, CourseId course);
}
