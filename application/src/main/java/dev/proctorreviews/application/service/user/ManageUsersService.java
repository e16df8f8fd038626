package dev.proctorreviews.application.service.user;

import dev.proctorreviews.application.port.in.user.Retirement;
import dev.proctorreviews.application.port.in.user.UserUseCases;
import dev.proctorreviews.application.port.out.Attempts;
import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.Notifications;
import dev.proctorreviews.application.port.out.ParkedDeliveries;
import dev.proctorreviews.application.port.out.Reviews;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.application.port.out.Users;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Users as the LMS describes them; the service keeps only what reviews need (names, e-mail, staff rights). */
public final class ManageUsersService implements UserUseCases {
    private final Transactions transactions;
    private final Users users;
    private final Reviews reviews;
    private final Attempts attempts;
    private final Exams exams;
    private final ParkedDeliveries parked;
    private final Notifications notifications;

    public ManageUsersService(Transactions transactions, Users users, Reviews reviews, Attempts attempts,
                              Exams exams, ParkedDeliveries parked, Notifications notifications) {
        this.transactions = transactions;
        this.users = users;
        this.reviews = reviews;
        this.attempts = attempts;
        this.exams = exams;
        this.parked = parked;
        this.notifications = notifications;
    }

    @Override
    public User register(User user) {
        return transactions.inTransaction(() -> {
            users.save(user);
            return user;
        });
    }

    /**
     * One transaction, so that a failure part-way retires nothing. The learner's attempts, live and archived,
     * are what links the other records to them: parked deliveries by attempt code or (PSI) external id,
     * notifications by attempt code.
     */
    @Override
    public Optional<Retirement> retire(UserId id) {
        return transactions.inTransaction(() -> users.byId(id).map(user -> {
            List<Attempt> theirs = attempts.ofLearner(id);
            Set<AttemptCode> codes = theirs.stream().map(Attempt::code).collect(Collectors.toSet());
            User placeholder = user.retired();
            Retirement retirement = new Retirement(reviews.retirePersonalData(id),
                    parked.forget(codes, psiExternalIds(theirs)), notifications.renameStudent(codes,
                            placeholder.username()));
            users.save(placeholder);
            return retirement;
        }));
    }

    private Set<ExternalId> psiExternalIds(List<Attempt> theirs) {
        return theirs.stream()
                .filter(a -> exams.byId(a.examId()).map(Exam::backend).orElse(null) == Backend.PSI)
                .map(Attempt::externalId).collect(Collectors.toSet());
    }

    @Override
    public Optional<User> get(UserId id) {
        return transactions.inTransaction(() -> users.byId(id));
    }
}
