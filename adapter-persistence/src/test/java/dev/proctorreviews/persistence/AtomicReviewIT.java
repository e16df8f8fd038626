package dev.proctorreviews.persistence;

import static dev.proctorreviews.persistence.schema.Tables.REVIEW;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_COMMENT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_EVENT;
import static dev.proctorreviews.persistence.schema.Tables.REVIEW_VERSION;
import static dev.proctorreviews.persistence.schema.Tables.SEEN_WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proctorreviews.application.port.in.review.ReceiveReviewCommand;
import dev.proctorreviews.application.port.in.review.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.out.NormalisedReview;
import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.application.port.out.ReviewPayloadReader;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.application.port.out.VendorAttemptKey;
import dev.proctorreviews.application.scenarios.ReviewWorld;
import dev.proctorreviews.application.service.ProctorCore;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.review.ReviewComment;
import dev.proctorreviews.domain.review.ReviewPolicy;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A review whose transaction dies half-way leaves no trace: the comment insert fails inside PostgreSQL (a NUL
 * character is not storable in {@code text}) after the version row was written, and the rollback takes the
 * version, the current review, the events and the webhook id with it.
 */
class AtomicReviewIT {
    private static final Stores STORES = PostgresStores.create(TestDatabase.dataSource());

    @Test
    void aFailingCommentInsertLeavesNothingBehind() {
        ReviewWorld world = new ReviewWorld(STORES);
        Attempt attempt = world.attempt(world.exam(Backend.SOFTWARE_SECURE, false), world.learner());
        NormalisedReview poisoned = new NormalisedReview(
                new VendorAttemptKey.CodeAndLocator(attempt.code(), attempt.externalId().value()),
                ReviewStatus.CLEAN, List.of(new ReviewComment(0, 1, 1, "fine", "Clean"),
                new ReviewComment(1, 2, 1, "broken \u0000 comment", "Clean")), Optional.empty(), "{}",
                Optional.empty());
        ReviewPayloadReader reader = (body, route) -> new PayloadReading.Read(poisoned);
        ReceiveVendorReviewUseCase receive = ProctorCore.assemble(STORES, Map.of(ReviewSource.SOFTWARE_SECURE, reader),
                url -> Optional.empty(), ReviewWorld.settings(ReviewPolicy.defaults()), Optional.empty(),
                Clock.systemUTC())
                .receiveReview();
        String webhookId = "msg-" + attempt.code().value();

        assertThatThrownBy(() -> receive.receive(ReceiveReviewCommand.delivered(ReviewSource.SOFTWARE_SECURE,
                "body".getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.of(webhookId))))
                .isInstanceOf(RuntimeException.class);

        DSLContext db = DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES);
        String code = attempt.code().value();
        assertThat(db.fetchCount(REVIEW_VERSION, REVIEW_VERSION.ATTEMPT_CODE.eq(code))).isZero();
        assertThat(db.fetchCount(REVIEW, REVIEW.ATTEMPT_CODE.eq(code))).isZero();
        assertThat(db.fetchCount(REVIEW_COMMENT.join(REVIEW_VERSION)
                .on(REVIEW_VERSION.ID.eq(REVIEW_COMMENT.REVIEW_VERSION_ID)), REVIEW_VERSION.ATTEMPT_CODE.eq(code)))
                .isZero();
        assertThat(db.fetchCount(REVIEW_EVENT, DSL.condition("data::text like ?", "%" + code + "%"))).isZero();
        assertThat(db.fetchCount(SEEN_WEBHOOK, SEEN_WEBHOOK.WEBHOOK_ID.eq(webhookId))).isZero();
        assertThat(world.reload(attempt).status()).isEqualTo(AttemptStatus.CREATED);
    }
}
