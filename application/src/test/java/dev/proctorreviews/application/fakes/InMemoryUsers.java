package dev.proctorreviews.application.fakes;

import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/** Users in a map ordered by id, so that ties in lookups go to the lowest id as in storage. */
final class InMemoryUsers implements Users {
    private final Map<Long, User> byId = new ConcurrentSkipListMap<>();

    @Override
    public void save(User user) {
        byId.put(user.id().value(), user);
    }

    @Override
    public Optional<User> byId(UserId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public Optional<User> byEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return first(user -> user.email().toLowerCase(Locale.ROOT).equals(wanted));
    }

    @Override
    public Optional<User> byUsername(String username) {
        return first(user -> user.username().equals(username));
    }

    private Optional<User> first(Predicate<User> matching) {
        return byId.values().stream().filter(matching).findFirst();
    }
}
