package dev.proctorreviews.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.exam.CourseId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetiredUserTest {
    private final User ada = new User(new UserId(42), "ada", "ada@example.org", true,
            Set.of(new CourseId("course-v1:edX+DemoX+Demo_Course")), Optional.of("Ada Lovelace"), true);

    @Test
    void theRetiredPlaceholderKeepsTheIdAndNothingElseOfThePerson() {
        User retired = ada.retired();

        assertThat(retired.id()).isEqualTo(ada.id());
        assertThat(retired.username()).isEqualTo("retired_user_42");
        assertThat(retired.email()).isEqualTo("retired_user_42@retired.invalid");
        assertThat(retired.globalStaff()).isFalse();
        assertThat(retired.staffCourses()).isEmpty();
        assertThat(retired.name()).isEmpty();
        assertThat(retired.active()).isFalse();
    }

    @Test
    void retiringThePlaceholderAgainChangesNothing() {
        assertThat(ada.retired().retired()).isEqualTo(ada.retired());
    }

    @Test
    void placeholdersOfDifferentUsersDiffer() {
        User bob = new User(new UserId(43), "ada", "ada@example.org", false, Set.of());

        assertThat(bob.retired().username()).isNotEqualTo(ada.retired().username());
    }
}
