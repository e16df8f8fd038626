package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.ATTEMPT;
import static dev.proctorreviews.persistence.schema.Tables.EXAM;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;

import dev.proctorreviews.application.port.out.AttemptUnderReview;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.NewAttempt;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptId;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.review.ReviewHead;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectForUpdateStep;
import org.jooq.Table;
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
    private static final String OF_LEARNER = Rendered.sql(DSL.select(ATTEMPT.fields()).from(ATTEMPT)
            .where(ATTEMPT.USER_ID.eq(param("user_id", Long.class))).orderBy(ATTEMPT.ID));
    private static final String UPDATE = Rendered.sql(DSL.update(ATTEMPT)
            .set(ATTEMPT.STATUS, param("status", String.class))
            .set(ATTEMPT.ARCHIVED_AT, param("archived_at", ATTEMPT.ARCHIVED_AT))
            .set(ATTEMPT.ARCHIVED_BY_USER_ID, param("archived_by_user_id", Long.class))
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
    public List<Attempt> ofLearner(UserId learner) {
        return tx.unit().list(OF_LEARNER, p -> p.bigint(learner.value()), PostgresAttemptRepository::toAttempt);
    }

    @Override
    public Optional<Attempt> find(AttemptLookup lookup) {
        return tx.unit().first(statementsFor(lookup).plain(), keyOf(lookup), PostgresAttemptRepository::toAttempt);
    }

    @Override
    public Optional<Attempt> findLocked(AttemptLookup lookup) {
        return tx.unit().first(statementsFor(lookup).locked(), keyOf(lookup), PostgresAttemptRepository::toAttempt);
    }

    /**
     * The attempt locked, with its exam, in one statement; then, in the same round trip but as a statement of its
     * own (so reading after the lock was granted, never a review the lock's previous holder replaced), the head
     * of the current review and the next version number of the newest attempt matching the same look-up. Should
     * that be another attempt (one with the same external id registered between the two statements), the head
     * is read again by the locked attempt's code.
     */
    @Override
    public Optional<AttemptUnderReview> lockForReview(AttemptLookup lookup) {
        Binder key = keyOf(lookup);
        return tx.unit().firstOfBoth(statementsFor(lookup).lockedWithExamThenHead(), p -> {
                    key.bind(p);
                    key.bind(p);
                }, Locked::read, HeadRow::read, Locked::new)
                .map(locked -> {
                    AttemptCode code = locked.attempt().code();
                    HeadRow head = locked.head().filter(h -> h.code().equals(code.value()))
                            .orElseGet(() -> headOf(code));
                    return new AttemptUnderReview(locked.attempt(), locked.exam(), head.current(), head.nextVersion());
                });
    }

    private HeadRow headOf(AttemptCode code) {
        return tx.unit().first(BY_CODE.head(), p -> p.text(code.value()), HeadRow::read).orElseThrow();
    }

    private static FindStatements statementsFor(AttemptLookup lookup) {
        if (lookup instanceof AttemptLookup.ById) {
            return BY_ID;
        }
        if (lookup instanceof AttemptLookup.ByCode) {
            return BY_CODE;
        }
        if (lookup instanceof AttemptLookup.ByExternalId) {
            return BY_EXTERNAL_ID;
        }
        throw new IllegalStateException("unknown lookup " + lookup);
    }

    /** Binds the look-up's key, as each of {@link FindStatements}' conditions compares it. */
    private static Binder keyOf(AttemptLookup lookup) {
        if (lookup instanceof AttemptLookup.ById byId) {
            return p -> p.bigint(byId.id().value());
        }
        if (lookup instanceof AttemptLookup.ByCode byCode) {
            return p -> p.text(byCode.code().value());
        }
        if (lookup instanceof AttemptLookup.ByExternalId byExternal) {
            String key = byExternal.externalId().value().toLowerCase(Locale.ROOT);
            return p -> p.text(key);
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
        return new Attempt(new AttemptId(r.getLong(ATTEMPT.ID.getName())),
                new ExamId(r.getLong(ATTEMPT.EXAM_ID.getName())), new UserId(r.getLong(ATTEMPT.USER_ID.getName())),
                new AttemptCode(r.getString(ATTEMPT.ATTEMPT_CODE.getName())),
                new ExternalId(r.getString(ATTEMPT.EXTERNAL_ID.getName())),
                r.getBoolean(ATTEMPT.TAKING_AS_PROCTORED.getName()),
                AttemptStatus.fromWireName(r.getString(ATTEMPT.STATUS.getName())).orElseThrow(),
                Optional.ofNullable(Row.instant(r, ATTEMPT.ARCHIVED_AT)),
                Optional.ofNullable(r.getObject(ATTEMPT.ARCHIVED_BY_USER_ID.getName(), Long.class)).map(UserId::new),
                Row.instant(r, ATTEMPT.CREATED_AT),
                Row.instant(r, ATTEMPT.UPDATED_AT));
    }

    /**
     * The statements that find the newest attempt matching a condition: without and with the row lock, and for
     * a review: locked with its exam, then the review head (two statements, one round trip); {@code head} is
     * the second alone.
     */
    private record FindStatements(String plain, String locked, String lockedWithExamThenHead, String head) {
        private static final Field<Integer> NEXT_VERSION = DSL.field(name("next_version"), Integer.class);

        FindStatements(Condition condition) {
            this(Rendered.sql(newest(condition)), Rendered.sql(newest(condition).forUpdate()),
                    Rendered.sql(withExam(condition)) + ";\n" + Rendered.sql(head(condition)),
                    Rendered.sql(head(condition)));
        }

        private static SelectForUpdateStep<?> newest(Condition condition) {
            return DSL.select(ATTEMPT.fields()).from(ATTEMPT).where(condition).orderBy(ATTEMPT.ID.desc())
                    .limit(inline(1));
        }

        /** Only the attempt's row is locked; the exam is read as the statement found it. */
        private static Select<?> withExam(Condition condition) {
            return DSL.select(ATTEMPT.fields())
                    .select(EXAM.COURSE_ID, EXAM.CONTENT_ID, EXAM.EXAM_NAME, EXAM.TIME_LIMIT_MINS, EXAM.IS_PROCTORED,
                            EXAM.IS_PRACTICE_EXAM, EXAM.BACKEND)
                    .from(ATTEMPT).join(EXAM).on(EXAM.ID.eq(ATTEMPT.EXAM_ID))
                    .where(condition).orderBy(ATTEMPT.ID.desc()).limit(inline(1))
                    .forUpdate().of(ATTEMPT);
        }

        /** The attempt's code, its current version's head (nulls when it has none) and its next version. */
        private static Select<?> head(Condition condition) {
            Table<?> target = DSL.select(ATTEMPT.ATTEMPT_CODE).from(ATTEMPT).where(condition)
                    .orderBy(ATTEMPT.ID.desc()).limit(inline(1)).asTable("target");
            Field<String> code = target.field(ATTEMPT.ATTEMPT_CODE);
            var earlier = REVIEW_VERSION.as("earlier");
            return DSL.select(code, REVIEW_VERSION.VERSION, REVIEW_VERSION.REVIEW_STATUS, REVIEW_VERSION.VENDOR,
                            REVIEW_VERSION.PAYLOAD_SHA256,
                            DSL.select(coalesce(max(earlier.VERSION), inline(0)).plus(inline(1))).from(earlier)
                                    .where(earlier.ATTEMPT_CODE.eq(code)).asField(NEXT_VERSION.getName()))
                    .from(target)
                    .leftJoin(REVIEW).on(REVIEW.ATTEMPT_CODE.eq(code))
                    .leftJoin(REVIEW_VERSION).on(REVIEW_VERSION.ID.eq(REVIEW.REVIEW_VERSION_ID));
        }
    }

    /** The locked attempt with its exam, and the head read after the lock (absent if it found no row). */
    private record Locked(Attempt attempt, Exam exam, Optional<HeadRow> head) {
        Locked(Locked found, Optional<HeadRow> head) {
            this(found.attempt(), found.exam(), head);
        }

        static Locked read(ResultSet r) throws SQLException {
            return new Locked(toAttempt(r), PostgresExamRepository.toExam(r, ATTEMPT.EXAM_ID), Optional.empty());
        }
    }

    /** A row of {@link FindStatements#head}: whose head it is, and the head. */
    private record HeadRow(String code, Optional<ReviewHead> current, int nextVersion) {
        static HeadRow read(ResultSet r) throws SQLException {
            int version = r.getInt(REVIEW_VERSION.VERSION.getName());
            Optional<ReviewHead> current = r.wasNull() ? Optional.empty() : Optional.of(new ReviewHead(version,
                    ReviewStatus.fromLabel(r.getString(REVIEW_VERSION.REVIEW_STATUS.getName())).orElseThrow(),
                    ReviewSource.fromWireName(r.getString(REVIEW_VERSION.VENDOR.getName())).orElseThrow(),
                    Optional.ofNullable(r.getString(REVIEW_VERSION.PAYLOAD_SHA256.getName()))));
            return new HeadRow(r.getString(ATTEMPT.ATTEMPT_CODE.getName()), current,
                    r.getInt(FindStatements.NEXT_VERSION.getName()));
        }
    }
}
