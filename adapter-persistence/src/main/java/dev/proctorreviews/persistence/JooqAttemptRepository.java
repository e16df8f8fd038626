package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.ATTEMPT;
import static org.jooq.impl.DSL.lower;

import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.persistence.schema.tables.records.AttemptRecord;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;

/**
 * Attempts. {@code find(..., true)} takes a row lock ({@code FOR UPDATE}): that lock is what serialises the
 * callbacks of one attempt while leaving other attempts free.
 */
final class JooqAttemptRepository implements Attempts {
    private final JooqTransactions tx;

    JooqAttemptRepository(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Attempt add(NewAttempt a) {
        return toAttempt(tx.dsl().insertInto(ATTEMPT)
                .set(ATTEMPT.EXAM_ID, a.examId().value())
                .set(ATTEMPT.USER_ID, a.userId().value())
                .set(ATTEMPT.ATTEMPT_CODE, a.code().value())
                .set(ATTEMPT.EXTERNAL_ID, a.externalId().value())
                .set(ATTEMPT.TAKING_AS_PROCTORED, a.takingAsProctored())
                .set(ATTEMPT.STATUS, a.status().wireName())
                .set(ATTEMPT.CREATED_AT, Times.utc(a.createdAt()))
                .set(ATTEMPT.UPDATED_AT, Times.utc(a.createdAt()))
                .returning().fetchSingle());
    }

    @Override
    public Optional<Attempt> find(AttemptLookup lookup, boolean forUpdate) {
        var query = tx.dsl().selectFrom(ATTEMPT).where(condition(lookup))
                .orderBy(ATTEMPT.ID.desc()).limit(1);
        return (forUpdate ? query.forUpdate().fetchOptional() : query.fetchOptional())
                .map(JooqAttemptRepository::toAttempt);
    }

    @Override
    public void update(Attempt attempt) {
        int rows = tx.dsl().update(ATTEMPT)
                .set(ATTEMPT.STATUS, attempt.status().wireName())
                .set(ATTEMPT.ARCHIVED_AT, attempt.archivedAt().map(Times::utc).orElse(null))
                .set(ATTEMPT.UPDATED_AT, Times.utc(attempt.updatedAt()))
                .where(ATTEMPT.ID.eq(attempt.id().value()))
                .execute();
        if (rows != 1) {
            throw new IllegalStateException("no attempt " + attempt.id().value() + " to update");
        }
    }

    private static Condition condition(AttemptLookup lookup) {
        if (lookup instanceof AttemptLookup.ById byId) {
            return ATTEMPT.ID.eq(byId.id().value());
        }
        if (lookup instanceof AttemptLookup.ByCode byCode) {
            return ATTEMPT.ATTEMPT_CODE.eq(byCode.code().value());
        }
        if (lookup instanceof AttemptLookup.ByExternalId byExternal) {
            return lower(ATTEMPT.EXTERNAL_ID).eq(byExternal.externalId().value().toLowerCase(Locale.ROOT));
        }
        throw new IllegalStateException("unknown lookup " + lookup);
    }

    private static Attempt toAttempt(AttemptRecord r) {
        return new Attempt(new AttemptId(r.getId()), new ExamId(r.getExamId()), new UserId(r.getUserId()),
                new AttemptCode(r.getAttemptCode()), new ExternalId(r.getExternalId()), r.getTakingAsProctored(),
                AttemptStatus.fromWireName(r.getStatus()).orElseThrow(),
                Optional.ofNullable(r.getArchivedAt()).map(Times::instant), Times.instant(r.getCreatedAt()),
                Times.instant(r.getUpdatedAt()));
    }
}
