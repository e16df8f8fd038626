package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.Page;
import dev.proctorreviews.application.port.PageRequest;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class NotificationsContract extends PortContract {
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, PageRequest.MAX_LIMIT);

    private static SupportNotification notification(CourseId course, String username, int second) {
        return new SupportNotification(course, "Exam", username, ReviewStatus.SUSPICIOUS,
                "http://x/instructor/" + second, NOW.plusSeconds(second));
    }

    @Test
    void listsACoursesNotificationsOldestFirst() {
        Attempt attempt = newAttempt(unique("ext"));
        CourseId course = new CourseId(unique("foo/bar"));
        SupportNotification first = notification(course, "ada", 0);
        SupportNotification second = notification(course, "bob", 1);

        run(() -> {
            stores().notifications().add(attempt.code(), first);
            stores().notifications().add(attempt.code(), second);
        });

        assertThat(tx(() -> stores().notifications().forCourse(course, FIRST_PAGE)).items())
                .containsExactly(first, second);
        Page<SupportNotification> other = tx(() -> stores().notifications()
                .forCourse(new CourseId(unique("other")), PageRequest.of(7, 10)));
        assertThat(other.items()).isEmpty();
        assertThat(other.nextAfter()).isEqualTo(7);
    }

    @Test
    void pagesHoldAtMostTheLimitAndContinueFromNextAfter() {
        Attempt attempt = newAttempt(unique("ext"));
        CourseId course = new CourseId(unique("paged"));
        CourseId neighbour = new CourseId(unique("neighbour"));
        List<SupportNotification> added = new ArrayList<>();
        run(() -> {
            for (int i = 0; i < 5; i++) {
                SupportNotification n = notification(course, "user" + i, i);
                stores().notifications().add(attempt.code(), n);
                stores().notifications().add(attempt.code(), notification(neighbour, "other" + i, i));
                added.add(n);
            }
        });

        List<SupportNotification> read = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long after = 0;
        for (int round = 0; round < 5; round++) {
            long from = after;
            Page<SupportNotification> page = tx(() -> stores().notifications()
                    .forCourse(course, PageRequest.of(from, 2)));
            read.addAll(page.items());
            sizes.add(page.items().size());
            assertThat(page.nextAfter()).isGreaterThanOrEqualTo(from);
            after = page.nextAfter();
        }

        assertThat(sizes).containsExactly(2, 2, 1, 0, 0);
        assertThat(read).containsExactlyElementsOf(added);
    }

    @Test
    void renamingTheStudentRewritesOnlyTheNotificationsAboutTheGivenAttempts() {
        Attempt retiring = newAttempt(unique("ext"));
        Attempt staying = newAttempt(unique("ext"));
        CourseId course = new CourseId(unique("foo/bar"));
        run(() -> {
            stores().notifications().add(retiring.code(), notification(course, "ada", 0));
            stores().notifications().add(staying.code(), notification(course, "bob", 1));
            stores().notifications().add(retiring.code(), notification(course, "ada", 2));
        });

        int renamed = tx(() -> stores().notifications().renameStudent(Set.of(retiring.code()), "retired_user_1"));

        assertThat(renamed).isEqualTo(2);
        assertThat(tx(() -> stores().notifications().forCourse(course, FIRST_PAGE)).items())
                .extracting(SupportNotification::studentUsername)
                .containsExactly("retired_user_1", "bob", "retired_user_1");
        assertThat(tx(() -> stores().notifications().renameStudent(Set.of(), "nobody"))).isZero();
    }
}
