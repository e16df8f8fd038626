package dev.proctorreviews.persistence;

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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Attempts. {@code findLocked} takes a row lock ({@code FOR UPDATE}): that lock is what serialises the
 * callbacks of one attempt while leaving other attempts free. External ids are matched through the
 * {@code lower(external_id)} index.
 */
final class JdbcAttemptRepository implements Attempts {
    private static final String COLUMNS = "id, exam_id, user_id, attempt_code, external_id, taking_as_proctored,"
            + " status, archived_at, archived_by_user_id, created_at, updated_at";
    private static final String ADD = "INSERT INTO attempt (exam_id, user_id, attempt_code, external_id,"
            + " taking_as_proctored, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " RETURNING " + COLUMNS;
    private static final FindStatements BY_ID = new FindStatements("id = ?");
    private static final FindStatements BY_CODE = new FindStatements("attempt_code = ?");
    private static final FindStatements BY_EXTERNAL_ID = new FindStatements("lower(external_id) = ?");
    /**
     * A transaction-scoped advisory lock on the (backend, lower-cased external id) pair, then the look-up: the
     * second of two concurrent registrations waits for the first to commit and then sees its attempt (each
     * statement reads afresh under READ COMMITTED). A hash collision only serialises two unrelated ids.
     */
    private static final String LOCK_EXTERNAL_ID = "SELECT pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0))";
    private static final String EXTERNAL_ID_USED = "SELECT a.id FROM attempt a JOIN exam e ON e.id = a.exam_id"
            + " WHERE lower(a.external_id) = ? AND e.backend = ? LIMIT 1";
    private static final String OF_LEARNER = "SELECT " + COLUMNS + " FROM attempt WHERE user_id = ? ORDER BY id";
    private static final String UPDATE = "UPDATE attempt SET status = ?, archived_at = ?, archived_by_user_id = ?,"
            + " updated_at = ? WHERE id = ?";

    private final PostgresTransactions tx;

    JdbcAttemptRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Attempt add(NewAttempt a) {
        return tx.unit().first(ADD, p -> p.bigint(a.examId().value()).bigint(a.userId().value())
                        .text(a.code().value()).text(a.externalId().value()).bool(a.takingAsProctored())
                        .text(a.status().wireName()).time(a.createdAt()).time(a.createdAt()),
                JdbcAttemptRepository::toAttempt).orElseThrow();
    }

    @Override
    public List<Attempt> ofLearner(UserId learner) {
        return tx.unit().list(OF_LEARNER, p -> p.bigint(learner.value()), JdbcAttemptRepository::toAttempt);
    }

    @Override
    public Optional<Attempt> find(AttemptLookup lookup) {
        return select(lookup, false);
    }

    @Override
    public Optional<Attempt> findLocked(AttemptLookup lookup) {
        return select(lookup, true);
    }

    private Optional<Attempt> select(AttemptLookup lookup, boolean forUpdate) {
        if (lookup instanceof AttemptLookup.ById byId) {
            return tx.unit().first(BY_ID.sql(forUpdate), p -> p.bigint(byId.id().value()),
                    JdbcAttemptRepository::toAttempt);
        }
        if (lookup instanceof AttemptLookup.ByCode byCode) {
            return tx.unit().first(BY_CODE.sql(forUpdate), p -> p.text(byCode.code().value()),
                    JdbcAttemptRepository::toAttempt);
        }
        if (lookup instanceof AttemptLookup.ByExternalId byExternal) {
            String key = byExternal.externalId().value().toLowerCase(Locale.ROOT);
            return tx.unit().first(BY_EXTERNAL_ID.sql(forUpdate), p -> p.text(key), JdbcAttemptRepository::toAttempt);
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
                        .time(attempt.archivedAt().orElse(null))
                        .bigintOrNull(attempt.archivedBy().map(UserId::value).orElse(null))
                        .time(attempt.updatedAt()).bigint(attempt.id().value()),
                1, "update attempt " + attempt.id().value());
    }

    private static Attempt toAttempt(ResultSet r) throws SQLException {
        return new Attempt(new AttemptId(r.getLong("id")), new ExamId(r.getLong("exam_id")),
                new UserId(r.getLong("user_id")), new AttemptCode(r.getString("attempt_code")),
                new ExternalId(r.getString("external_id")), r.getBoolean("taking_as_proctored"),
                AttemptStatus.fromWireName(r.getString("status")).orElseThrow(),
                Optional.ofNullable(Row.instant(r, "archived_at")),
                Optional.ofNullable(r.getObject("archived_by_user_id", Long.class)).map(UserId::new),
                Row.instant(r, "created_at"),
                Row.instant(r, "updated_at"));
    }

    /** The newest attempt matching a condition, with and without the row lock. */
    private record FindStatements(String plain, String locked) {
        FindStatements(String condition) {
            this("SELECT " + COLUMNS + " FROM attempt WHERE " + condition + " ORDER BY id DESC LIMIT 1",
                    "SELECT " + COLUMNS + " FROM attempt WHERE " + condition + " ORDER BY id DESC LIMIT 1 FOR UPDATE");
        }

        String sql(boolean forUpdate) {
            return forUpdate ? locked : plain;
        }
    }
}
