package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.attempt.ExternalId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

public abstract class AttemptsContract extends PortContract {

    @Test
    void findsByIdCodeAndExternalIdIgnoringItsCase() {
        Attempt attempt = newAttempt(unique("Ext"));

        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ById(attempt.id()))))
                .contains(attempt);
        assertThat(tx(() -> stores().attempts().findLocked(new AttemptLookup.ByCode(attempt.code()))))
                .contains(attempt);
        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ByExternalId(
                new ExternalId(attempt.externalId().value().toUpperCase(Locale.ROOT)))))).contains(attempt);
        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ByCode(
                new AttemptCode(attempt.code().value().toLowerCase(Locale.ROOT)))))).isEmpty();
    }

    @Test
    void newestAttemptWinsASharedExternalId() {
        String external = unique("shared");
        newAttempt(external);
        Attempt newer = newAttempt(external);

        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ByExternalId(new ExternalId(external)))))
                .contains(newer);
    }

    @Test
    void updatesStatusAndArchivedTime() {
        Attempt attempt = newAttempt(unique("ext"));
        Attempt archived = attempt.withStatus(AttemptStatus.SUBMITTED, NOW.plusSeconds(1)).archived(NOW.plusSeconds(2));

        run(() -> stores().attempts().update(archived));

        assertThat(tx(() -> stores().attempts().find(new AttemptLookup.ById(attempt.id()))))
                .contains(archived);
    }
}
