package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.CreditRequirements;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.credit.CreditStatus;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Credit requirement statuses, upserted on their natural key. */
final class JdbcCreditRepository implements CreditRequirements {
    private static final String RECORD = """
            INSERT INTO credit_requirement_status (user_id, course_id, namespace, name, status, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id, course_id, namespace, name) DO UPDATE SET status = excluded.status,
                                                                            updated_at = excluded.updated_at""";
    private static final String OF = "SELECT user_id, course_id, namespace, name, status"
            + " FROM credit_requirement_status WHERE user_id = ? AND course_id = ? ORDER BY namespace, name";

    private final PostgresTransactions tx;

    JdbcCreditRepository(PostgresTransactions tx) {
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
                r -> new CreditRequirement(new UserId(r.getLong("user_id")), new CourseId(r.getString("course_id")),
                        r.getString("namespace"), r.getString("name"),
                        CreditStatus.fromWireName(r.getString("status"))));
    }
}
