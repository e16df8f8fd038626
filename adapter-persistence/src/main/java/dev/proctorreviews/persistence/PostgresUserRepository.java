package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.COURSE_STAFF;
import static org.jooq.impl.DSL.lower;

import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Users and the courses they are staff of. E-mail lookups use the {@code lower(email)} index. Reads are built
 * with jOOQ and rendered once ({@link Rendered}); saving a user (rare, administrative) runs jOOQ directly.
 */
final class PostgresUserRepository implements Users {
    private static final String BY_ID = withCourses(APP_USER.ID.eq(DSL.param("id", Long.class)));
    private static final String BY_EMAIL = withCourses(lower(APP_USER.EMAIL).eq(DSL.param("email", String.class)));
    private static final String BY_USERNAME = withCourses(APP_USER.USERNAME.eq(DSL.param("username", String.class)));

    private final PostgresTransactions tx;

    PostgresUserRepository(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(User user) {
        long id = user.id().value();
        tx.unit().dsl().insertInto(APP_USER)
                .set(APP_USER.ID, id)
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.EMAIL, user.email())
                .set(APP_USER.IS_STAFF, user.globalStaff())
                .set(APP_USER.NAME, user.name().orElse(null))
                .set(APP_USER.IS_ACTIVE, user.active())
                .onConflict(APP_USER.ID).doUpdate()
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.EMAIL, user.email())
                .set(APP_USER.IS_STAFF, user.globalStaff())
                .set(APP_USER.NAME, user.name().orElse(null))
                .set(APP_USER.IS_ACTIVE, user.active())
                .execute();
        tx.unit().dsl().deleteFrom(COURSE_STAFF).where(COURSE_STAFF.USER_ID.eq(id)).execute();
        if (!user.staffCourses().isEmpty()) {
            var insert = tx.unit().dsl().insertInto(COURSE_STAFF, COURSE_STAFF.USER_ID, COURSE_STAFF.COURSE_ID);
            for (CourseId course : user.staffCourses()) {
                insert = insert.values(id, course.value());
            }
            insert.execute();
        }
    }

    @Override
    public Optional<User> byId(UserId id) {
        return tx.unit().first(BY_ID, p -> p.bigint(id.value()), PostgresUserRepository::toUser);
    }

    @Override
    public Optional<User> byEmail(String email) {
        return tx.unit().first(BY_EMAIL, p -> p.text(email.toLowerCase(Locale.ROOT)), PostgresUserRepository::toUser);
    }

    @Override
    public Optional<User> byUsername(String username) {
        return tx.unit().first(BY_USERNAME, p -> p.text(username), PostgresUserRepository::toUser);
    }

    /**
     * A user with their staff courses in one statement (the courses aggregated into an array), for the first
     * user that matches: a reviewer look-up on the callback path costs one round trip, not one per user.
     */
    private static String withCourses(Condition condition) {
        return Rendered.sql(DSL.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.EMAIL, APP_USER.IS_STAFF,
                        APP_USER.NAME, APP_USER.IS_ACTIVE,
                        DSL.arrayAggDistinct(COURSE_STAFF.COURSE_ID).filterWhere(COURSE_STAFF.COURSE_ID.isNotNull())
                                .as("staff_courses"))
                .from(APP_USER)
                .leftJoin(COURSE_STAFF).on(COURSE_STAFF.USER_ID.eq(APP_USER.ID))
                .where(condition)
                .groupBy(APP_USER.ID)
                .orderBy(APP_USER.ID)
                .limit(DSL.inline(1)));
    }

    private static User toUser(ResultSet r) throws SQLException {
        Array array = r.getArray("staff_courses");
        Set<CourseId> courses = array == null ? Set.of()
                : Arrays.stream((String[]) array.getArray()).map(CourseId::new).collect(Collectors.toSet());
        return new User(new UserId(r.getLong("id")), r.getString("username"), r.getString("email"),
                r.getBoolean("is_staff"), courses, Optional.ofNullable(r.getString("name")), r.getBoolean("is_active"));
    }
}
