package dev.proctorreviews.application.service.user;

import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.util.Optional;
import java.util.OptionalInt;

/** Users as the LMS describes them; the service keeps only what reviews need (names, e-mail, staff rights). */
public final class ManageUsersService implements UserUseCases {
    private final Transactions transactions;
    private final Users users;
    private final Reviews reviews;

    public ManageUsersService(Transactions transactions, Users users, Reviews reviews) {
        this.transactions = transactions;
        this.users = users;
        this.reviews = reviews;
    }

    @Override
    public User register(User user) {
        return transactions.inTransaction(() -> {
            users.save(user);
            return user;
        });
    }

    @Override
    public OptionalInt retire(UserId id) {
        return transactions.inTransaction(() -> users.byId(id).isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(reviews.retirePersonalData(id)));
    }

    @Override
    public Optional<User> get(UserId id) {
        return transactions.inTransaction(() -> users.byId(id));
    }
}
