package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.GetCreditUseCase;
import dev.proctorreviews.application.port.in.GetReviewHistoryUseCase;
import dev.proctorreviews.application.port.in.GetReviewUseCase;
import dev.proctorreviews.application.port.in.ListNotificationsUseCase;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.credit.CreditRequirement;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.notification.SupportNotification;
import dev.proctorreviews.domain.review.CurrentReview;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Read models of the workflow's results: reviews, history, credit, notifications. */
public final class ReadReviewsService
        implements GetReviewUseCase, GetReviewHistoryUseCase, GetCreditUseCase, ListNotificationsUseCase {
    private final Stores stores;

    public ReadReviewsService(Stores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<CurrentReview> get(AttemptCode code) {
        return stores.transactions().inTransaction(() -> stores.reviews().current(code));
    }

    @Override
    public Optional<List<HistoryEntry>> history(AttemptCode code) {
        return stores.transactions().inTransaction(() -> stores.attempts()
                .find(new AttemptLookup.ByCode(code), false)
                .map(attempt -> stores.history().of(code)));
    }

    @Override
    public List<CreditRequirement> credit(UserId user, CourseId course) {
        return stores.transactions().inTransaction(() -> stores.credit().of(user, course));
    }

    @Override
    public List<SupportNotification> list(CourseId course) {
        return stores.transactions().inTransaction(() -> stores.notifications().forCourse(course));
    }
}
