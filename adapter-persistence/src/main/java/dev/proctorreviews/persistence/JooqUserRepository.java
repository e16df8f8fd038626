package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.APP_USER;
import static dev.proctorreviews.persistence.schema.Tables.COURSE_STAFF;
import static org.jooq.impl.DSL.lower;

import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import dev.proctorreviews.persistence.schema.tables.records.AppUserRecord;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;

/** Users and the courses they are staff of. E-mail lookups use the {@code lower(email)} index. */
final class JooqUserRepository implements Users {
    private final PostgresTransactions tx;

    JooqUserRepository(PostgresTransactions tx) {
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
                .onConflict(APP_USER.ID).doUpdate()
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.EMAIL, user.email())
                .set(APP_USER.IS_STAFF, user.globalStaff())
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
        return first(APP_USER.ID.eq(id.value()));
    }

    @Override
    public Optional<User> byEmail(String email) {
        return first(lower(APP_USER.EMAIL).eq(email.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<User> byUsername(String username) {
        return first(APP_USER.USERNAME.eq(username));
    }

    private Optional<User> first(Condition condition) {
        return tx.unit().dsl().selectFrom(APP_USER).where(condition).orderBy(APP_USER.ID).limit(1)
                .fetchOptional().map(this::toUser);
    }

    private User toUser(AppUserRecord row) {
        Set<CourseId> courses = tx.unit().dsl().select(COURSE_STAFF.COURSE_ID).from(COURSE_STAFF)
                .where(COURSE_STAFF.USER_ID.eq(row.getId()))
                .fetch(COURSE_STAFF.COURSE_ID).stream().map(CourseId::new).collect(Collectors.toSet());
        return new User(new UserId(row.getId()), row.getUsername(), row.getEmail(), row.getIsStaff(), courses);
    }
}
