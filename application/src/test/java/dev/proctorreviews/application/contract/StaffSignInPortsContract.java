package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.SignInLinks.PendingSignIn;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.domain.user.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code StaffSessions} and {@code SignInLinks} ports: idle expiry, and links that can be taken only once. */
public abstract class StaffSignInPortsContract extends PortContract {

    private StaffSessions sessions() {
        return stores().staffSessions();
    }

    private SignInLinks links() {
        return stores().signInLinks();
    }

    private User staff() {
        return newUser(unique("staff"), unique("s") + "@example.com", true, Set.of());
    }

    @Test
    void aSessionLivesWhileItIsUsedAndEndsWhenIdleOrRemoved() {
        User user = staff();
        String digest = unique("session");
        run(() -> sessions().add(digest, user.id(), NOW));

        assertThat(tx(() -> sessions().touch(digest, NOW.plusSeconds(60), NOW.minusSeconds(1)))).contains(user.id());
        assertThat(tx(() -> sessions().touch(digest, NOW.plusSeconds(120), NOW.plusSeconds(30))))
                .as("used at +60 s, so still alive for a cut-off at +30 s").contains(user.id());
        assertThat(tx(() -> sessions().touch(digest, NOW.plusSeconds(500), NOW.plusSeconds(120))))
                .as("idle since its last use").isEmpty();
        assertThat(tx(() -> sessions().touch(digest, NOW.plusSeconds(501), NOW))).as("and gone for good").isEmpty();

        String other = unique("session");
        run(() -> sessions().add(other, user.id(), NOW));
        run(() -> sessions().remove(other));
        assertThat(tx(() -> sessions().touch(other, NOW, NOW.minusSeconds(1)))).isEmpty();
        assertThat(tx(() -> sessions().touch(unique("unknown"), NOW, NOW.minusSeconds(1)))).isEmpty();
    }

    @Test
    void idleSessionsAreForgotten() {
        User user = staff();
        String idle = unique("idle");
        String fresh = unique("fresh");
        run(() -> {
            sessions().add(idle, user.id(), NOW.minusSeconds(100));
            sessions().add(fresh, user.id(), NOW);
        });

        assertThat(tx(() -> sessions().removeIdle(NOW.minusSeconds(50)))).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> sessions().touch(idle, NOW, NOW.minusSeconds(1000)))).isEmpty();
        assertThat(tx(() -> sessions().touch(fresh, NOW, NOW.minusSeconds(1000)))).contains(user.id());
    }

    @Test
    void aLinkIsTakenOnce() {
        User user = staff();
        String digest = unique("link");
        run(() -> links().add(digest, user.id(), "/instructor/a/b/c/1?attempt=x", NOW.plusSeconds(600)));

        assertThat(tx(() -> links().take(digest)))
                .contains(new PendingSignIn(user.id(), "/instructor/a/b/c/1?attempt=x", NOW.plusSeconds(600)));
        assertThat(tx(() -> links().take(digest))).isEmpty();
    }

    @Test
    void expiredLinksAreForgotten() {
        User user = staff();
        String expired = unique("expired");
        String valid = unique("valid");
        run(() -> {
            links().add(expired, user.id(), "/", NOW.minusSeconds(1));
            links().add(valid, user.id(), "/", NOW.plusSeconds(600));
        });

        assertThat(tx(() -> links().removeExpired(NOW))).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> links().take(expired))).isEmpty();
        assertThat(tx(() -> links().take(valid))).isPresent();
    }
}
