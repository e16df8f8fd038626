package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.user.User;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class UsersContract extends PortContract {

    @Test
    void savesReplacesAndFindsUsers() {
        CourseId a = new CourseId(unique("a"));
        String email = unique("Ada") + "@Example.com";
        User ada = newUser(unique("ada"), email, false, Set.of(a, new CourseId(unique("b"))));
        User replaced = new User(ada.id(), ada.username(), email, true, Set.of(a));
        run(() -> stores().users().save(replaced));

        assertThat(tx(() -> stores().users().byId(ada.id()))).contains(replaced);
        assertThat(tx(() -> stores().users().byEmail(email.toLowerCase(Locale.ROOT)))).contains(replaced);
        assertThat(tx(() -> stores().users().byUsername(ada.username()))).contains(replaced);
        assertThat(tx(() -> stores().users().byUsername(ada.username().toUpperCase(Locale.ROOT)))).isEmpty();
        assertThat(tx(() -> stores().users().byEmail(unique("nobody")))).isEmpty();
    }

    @Test
    void sharedEmailGoesToTheLowestId() {
        String email = unique("twin") + "@example.com";
        User one = newUser("one", email, false, Set.of());
        User two = newUser("two", email, false, Set.of());
        User lowest = one.id().value() < two.id().value() ? one : two;

        assertThat(tx(() -> stores().users().byEmail(email))).contains(lowest);
    }
}
