package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.CREDIT_REQUIREMENT_STATUS;

import dev.proctorreviews.application.port.out.CreditRequirements;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Credit requirement statuses, upserted on their natural key. */
final class JooqCreditRepository implements CreditRequirements {
    private final JooqTransactions tx;

    JooqCreditRepository(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(CreditRequirement r, Instant at) {
        tx.dsl().insertInto(CREDIT_REQUIREMENT_STATUS)
                .set(CREDIT_REQUIREMENT_STATUS.USER_ID, r.userId().value())
                .set(CREDIT_REQUIREMENT_STATUS.COURSE_ID, r.courseId().value())
                .set(CREDIT_REQUIREMENT_STATUS.NAMESPACE, r.namespace())
                .set(CREDIT_REQUIREMENT_STATUS.NAME, r.name())
                .set(CREDIT_REQUIREMENT_STATUS.STATUS, r.status().wireName())
                .set(CREDIT_REQUIREMENT_STATUS.UPDATED_AT, Times.utc(at))
                .onConflict(CREDIT_REQUIREMENT_STATUS.USER_ID, CREDIT_REQUIREMENT_STATUS.COURSE_ID,
                        CREDIT_REQUIREMENT_STATUS.NAMESPACE, CREDIT_REQUIREMENT_STATUS.NAME)
                .doUpdate()
                .set(CREDIT_REQUIREMENT_STATUS.STATUS, r.status().wireName())
                .set(CREDIT_REQUIREMENT_STATUS.UPDATED_AT, Times.utc(at))
                .execute();
    }

    @Override
    public List<CreditRequirement> of(UserId user, CourseId course) {
        return tx.dsl().selectFrom(CREDIT_REQUIREMENT_STATUS)
                .where(CREDIT_REQUIREMENT_STATUS.USER_ID.eq(user.value()))
                .and(CREDIT_REQUIREMENT_STATUS.COURSE_ID.eq(course.value()))
                .orderBy(CREDIT_REQUIREMENT_STATUS.NAMESPACE, CREDIT_REQUIREMENT_STATUS.NAME)
                .fetch(r -> new CreditRequirement(new UserId(r.getUserId()), new CourseId(r.getCourseId()),
                        r.getNamespace(), r.getName(), CreditStatus.fromWireName(r.getStatus())));
    }
}
