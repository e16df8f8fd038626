package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.UserUseCases;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.util.Optional;
import java.util.OptionalInt;

/** Users as the LMS describes them; the service keeps only what reviews need (names, e-mail, staff rights). */
public final class ManageUsersService implements UserUseCases {
    private final Stores stores;

    public ManageUsersService(Stores stores) {
        this.stores = stores;
    }

    @Override
    public User register(User user) {
        return stores.transactions().inTransaction(() -> {
            stores.users().save(user);
            return user;
        });
    }

    @Override
    public OptionalInt retire(UserId id) {
        return stores.transactions().inTransaction(() -> stores.users().byId(id).isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(stores.reviews().retirePersonalData(id)));
    }

    @Override
    public Optional<User> get(UserId id) {
        return stores.transactions().inTransaction(() -> stores.users().byId(id));
    }
}
