package dev.proctorreviews.persistence;

import dev.proctorreviews.application.port.out.ReviewBoards;
import dev.proctorreviews.application.port.out.SignInLinks;
import dev.proctorreviews.application.port.out.StaffSessions;
import dev.proctorreviews.application.port.out.Transactions;

/**
 * The review pages' ports on PostgreSQL. They join the transactions of the given {@link PostgresStores} set, so a
 * sign-in reads users and writes its session in one transaction.
 */
public record PostgresReviewPageStores(StaffSessions sessions, SignInLinks links, ReviewBoards boards) {

    /** @param transactions the {@code transactions()} of a set made by {@link PostgresStores#create} */
    public static PostgresReviewPageStores on(Transactions transactions) {
        if (!(transactions instanceof PostgresTransactions tx)) {
            throw new IllegalArgumentException("the review pages' stores join PostgreSQL transactions only");
        }
        return new PostgresReviewPageStores(new JooqStaffSessionRepository(tx), new JooqSignInLinkRepository(tx),
                new JooqReviewBoards(tx));
    }
}
