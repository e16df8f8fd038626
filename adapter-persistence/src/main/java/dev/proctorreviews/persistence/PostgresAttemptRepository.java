package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.ATTEMPT;
import static dev.proctorreviews.persistence.schema.Tables.EXAM;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.SelectForUpdateStep;
import org.jooq.impl.DSL;

/**
 * Attempts. {@code findLocked} takes a row lock ({@code FOR UPDATE}): that lock is what serialises the
 * callbacks of one attempt while leaving other attempts free. External ids are matched through the
 * {@code lower(external_id)} index.
 */
final class PostgresAttemptRepository implements Attempts {
    private static final String ADD = Rendered.sql(DSL.insertInto(ATTEMPT)
            .set(ATTEMPT.EXAM_ID, param("exam_id", Long.class))
            .set(ATTEMPT.USER_ID, param("user_id", Long.class))
            .set(ATTEMPT.ATTEMPT_CODE, param("attempt_code", String.class))
            .set(ATTEMPT.EXTERNAL_ID, param("external_id", String.class))
            .set(ATTEMPT.TAKING_AS_PROCTORED, param("taking_as_proctored", Boolean.class))
            .set(ATTEMPT.STATUS, param("status", String.class))
            .set(ATTEMPT.CREATED_AT, param("created_at", ATTEMPT.CREATED_AT))
            .set(ATTEMPT.UPDATED_AT, param("updated_at", ATTEMPT.UPDATED_AT))
            .returning(ATTEMPT.fields()));
    private static final FindStatements BY_ID = new FindStatements(ATTEMPT.ID.eq(param("id", Long.class)));
    private static final FindStatements BY_CODE =
            new FindStatements(ATTEMPT.ATTEMPT_CODE.eq(param("attempt_code", String.class)));
    private static final FindStatements BY_EXTERNAL_ID =
            new FindStatements(lower(ATTEMPT.EXTERNAL_ID).eq(param("external_id", String.class)));
    /**
     * A transaction-scoped advisory lock on the (backend, lower-cased external id) pair, then the look-up: the
     * second of two concurrent registrations waits for the first to commit and then sees its attempt (each
     * statement reads afresh under READ COMMITTED). A hash collision only serialises two unrelated ids.
     */
    private static final String LOCK_EXTERNAL_ID = Rendered.sql(DSL.select(function("pg_advisory_xact_lock",
            Object.class, function("hashtextextended", Long.class,
                    concat(param("backend", String.class), inline(":"), param("external_id", String.class)),
                    inline(0)))));
    private static final String EXTERNAL_ID_USED = Rendered.sql(DSL.select(ATTEMPT.ID)
            .from(ATTEMPT).join(EXAM).on(EXAM.ID.eq(ATTEMPT.EXAM_ID))
            .where(lower(ATTEMPT.EXTERNAL_ID).eq(param("external_id", String.class)))
            .and(EXAM.BACKEND.eq(param("backend", String.class)))
            .limit(inline(1)));
    private static final String UPDATE = Rendered.sql(DSL.update(ATTEMPT)
            .set(ATTEMPT.STATUS, param("status", String.class))
            .set(ATTEMPT.ARCHIVED_AT, param("archived_at", ATTEMPT.ARCHIVED_AT))
            .set(ATTEMPT.UPDATED_AT, param("updated_at", ATTEMPT.UPDATED_AT))
            .where(ATTEMPT.ID.eq(param("id", Long.class))));

    private final PostgresTransactions tx;

    PostgresAttemptRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Attempt add(NewAttempt a) {
        return tx.unit().first(ADD, p -> p.bigint(a.examId().value()).bigint(a.userId().value())
                        .text(a.code().value()).text(a.externalId().value()).bool(a.takingAsProctored())
                        .text(a.status().wireName()).time(a.createdAt()).time(a.createdAt()),
                PostgresAttemptRepository::toAttempt).orElseThrow();
    }

    @Override
    public Optional<Attempt> find(AttemptLookup lookup) {
        return newest(lookup, false);
    }

    @Override
    public Optional<Attempt> findLocked(AttemptLookup lookup) {
        return newest(lookup, true);
    }

    private Optional<Attempt> newest(AttemptLookup lookup, boolean forUpdate) {
        if (lookup instanceof AttemptLookup.ById byId) {
            return tx.unit().first(BY_ID.sql(forUpdate), p -> p.bigint(byId.id().value()),
                    PostgresAttemptRepository::toAttempt);
        }
        if (lookup instanceof AttemptLookup.ByCode byCode) {
            return tx.unit().first(BY_CODE.sql(forUpdate), p -> p.text(byCode.code().value()),
                    PostgresAttemptRepository::toAttempt);
        }
        if (lookup instanceof AttemptLookup.ByExternalId byExternal) {
            String key = byExternal.externalId().value().toLowerCase(Locale.ROOT);
            return tx.unit().first(BY_EXTERNAL_ID.sql(forUpdate), p -> p.text(key),
                    PostgresAttemptRepository::toAttempt);
        }
        throw new IllegalStateException("unknown lookup " + lookup);
    }

    @Override
    public boolean claimExternalId(Backend backend, ExternalId externalId) {
        String key = externalId.value().toLowerCase(Locale.ROOT);
        tx.unit().first(LOCK_EXTERNAL_ID, p -> p.text(backend.wireName()).text(key), r -> Boolean.TRUE);
        return tx.unit().first(EXTERNAL_ID_USED, p -> p.text(key).text(backend.wireName()), r -> r.getLong(1))
                .isEmpty();
    }

    @Override
    public void update(Attempt attempt) {
        tx.unit().queue(UPDATE, p -> p.text(attempt.status().wireName())
                        .time(attempt.archivedAt().orElse(null)).time(attempt.updatedAt()).bigint(attempt.id().value()),
                1, "update attempt " + attempt.id().value());
    }

    private static Attempt toAttempt(ResultSet r) throws SQLException {
        return new Attempt(new AttemptId(r.getLong(ATTEMPT.ID.getName())),
                new ExamId(r.getLong(ATTEMPT.EXAM_ID.getName())), new UserId(r.getLong(ATTEMPT.USER_ID.getName())),
                new AttemptCode(r.getString(ATTEMPT.ATTEMPT_CODE.getName())),
                new ExternalId(r.getString(ATTEMPT.EXTERNAL_ID.getName())),
                r.getBoolean(ATTEMPT.TAKING_AS_PROCTORED.getName()),
                AttemptStatus.fromWireName(r.getString(ATTEMPT.STATUS.getName())).orElseThrow(),
                Optional.ofNullable(Row.instant(r, ATTEMPT.ARCHIVED_AT)), Row.instant(r, ATTEMPT.CREATED_AT),
                Row.instant(r, ATTEMPT.UPDATED_AT));
    }

    /** The newest attempt matching a condition, with and without the row lock. */
    private record FindStatements(String plain, String locked) {
        FindStatements(Condition condition) {
            this(Rendered.sql(newest(condition)), Rendered.sql(newest(condition).forUpdate()));
        }

        private static SelectForUpdateStep<?> newest(Condition condition) {
            return DSL.select(ATTEMPT.fields()).from(ATTEMPT).where(condition).orderBy(ATTEMPT.ID.desc())
                    .limit(inline(1));
        }

        String sql(boolean forUpdate) {
            return forUpdate ? locked : plain;
        }
    }
}
