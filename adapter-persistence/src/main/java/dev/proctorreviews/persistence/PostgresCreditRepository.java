package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.CREDIT_REQUIREMENT_STATUS;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.application.port.out.CreditRequirements;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.jooq.impl.DSL;

/** Credit requirement statuses, upserted on their natural key. */
final class PostgresCreditRepository implements CreditRequirements {
    private static final String RECORD = Rendered.sql(DSL.insertInto(CREDIT_REQUIREMENT_STATUS)
            .set(CREDIT_REQUIREMENT_STATUS.USER_ID, param("user_id", Long.class))
            .set(CREDIT_REQUIREMENT_STATUS.COURSE_ID, param("course_id", String.class))
            .set(CREDIT_REQUIREMENT_STATUS.NAMESPACE, param("namespace", String.class))
            .set(CREDIT_REQUIREMENT_STATUS.NAME, param("name", String.class))
            .set(CREDIT_REQUIREMENT_STATUS.STATUS, param("status", String.class))
            .set(CREDIT_REQUIREMENT_STATUS.UPDATED_AT, param("updated_at", CREDIT_REQUIREMENT_STATUS.UPDATED_AT))
            .onConflict(CREDIT_REQUIREMENT_STATUS.USER_ID, CREDIT_REQUIREMENT_STATUS.COURSE_ID,
                    CREDIT_REQUIREMENT_STATUS.NAMESPACE, CREDIT_REQUIREMENT_STATUS.NAME).doUpdate()
            .set(CREDIT_REQUIREMENT_STATUS.STATUS, excluded(CREDIT_REQUIREMENT_STATUS.STATUS))
            .set(CREDIT_REQUIREMENT_STATUS.UPDATED_AT, excluded(CREDIT_REQUIREMENT_STATUS.UPDATED_AT)));
    private static final String OF = Rendered.sql(DSL.select(CREDIT_REQUIREMENT_STATUS.USER_ID,
                    CREDIT_REQUIREMENT_STATUS.COURSE_ID, CREDIT_REQUIREMENT_STATUS.NAMESPACE,
                    CREDIT_REQUIREMENT_STATUS.NAME, CREDIT_REQUIREMENT_STATUS.STATUS)
            .from(CREDIT_REQUIREMENT_STATUS)
            .where(CREDIT_REQUIREMENT_STATUS.USER_ID.eq(param("user_id", Long.class)))
            .and(CREDIT_REQUIREMENT_STATUS.COURSE_ID.eq(param("course_id", String.class)))
            .orderBy(CREDIT_REQUIREMENT_STATUS.NAMESPACE, CREDIT_REQUIREMENT_STATUS.NAME));

    private final PostgresTransactions tx;

    PostgresCreditRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(CreditRequirement r, Instant at) {
        tx.unit().queue(RECORD, p -> p.bigint(r.userId().value()).text(r.courseId().value()).text(r.namespace())
                .text(r.name()).text(r.status().wireName()).time(at), 1, "record credit");
    }

    @Override
    public List<CreditRequirement> of(UserId user, CourseId course) {
        return tx.unit().list(OF, p -> p.bigint(user.value()).text(course.value()),
                r -> new CreditRequirement(new UserId(r.getLong(CREDIT_REQUIREMENT_STATUS.USER_ID.getName())),
                        new CourseId(r.getString(CREDIT_REQUIREMENT_STATUS.COURSE_ID.getName())),
                        r.getString(CREDIT_REQUIREMENT_STATUS.NAMESPACE.getName()),
                        r.getString(CREDIT_REQUIREMENT_STATUS.NAME.getName()),
                        CreditStatus.fromWireName(r.getString(CREDIT_REQUIREMENT_STATUS.STATUS.getName()))));
    }
}
