package dev.proctorreviews.application.service.outcome;

import dev.proctorreviews.application.LogText;
import dev.proctorreviews.application.port.out.Events;
import dev.proctorreviews.application.port.out.NewEvent;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.event.AttemptStatusChanged;
import dev.proctorreviews.domain.event.DomainEvent;
import dev.proctorreviews.domain.event.ReviewReceived;
import dev.proctorreviews.domain.exam.Exam;
import java.time.Clock;
import java.util.UUID;

/**
 * Writes domain events to the outbox in the feed's JSON shape (contract section 3.8). It sits beside the feed's
 * reader so that the shape is written and read in one workflow; it is public because the review and attempt
 * workflows are the ones that record events.
 */
public final class EventRecorder {
    private final Events events;
    private final Clock clock;

    public EventRecorder(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(DomainEvent event) {
        events.append(new NewEvent(UUID.randomUUID(), event.type(), clock.instant(), dataOf(event)));
    }

    private static String dataOf(DomainEvent event) {
        if (event instanceof ReviewReceived received) {
            return reviewReceived(received);
        }
        if (event instanceof AttemptStatusChanged changed) {
            return "{\"attempt_id\":" + changed.attemptId().value()
                    + ",\"from\":" + LogText.jsonString(changed.from().wireName())
                    + ",\"to\":" + LogText.jsonString(changed.to().wireName()) + "}";
        }
        throw new IllegalStateException("unknown event " + event.getClass().getName());
    }

    private static String reviewReceived(ReviewReceived event) {
        Exam exam = event.exam();
        Attempt attempt = event.attemptBefore();
        return "{\"exam\":{\"id\":" + exam.id().value()
                + ",\"course_id\":" + LogText.jsonString(exam.courseId().value())
                + ",\"content_id\":" + LogText.jsonString(exam.details().contentId())
                + ",\"exam_name\":" + LogText.jsonString(exam.details().examName())
                + ",\"is_proctored\":" + exam.isProctored()
                + ",\"is_practice_exam\":" + exam.isPracticeExam()
                + "},\"attempt\":{\"id\":" + attempt.id().value()
                + ",\"user_id\":" + attempt.userId().value()
                + ",\"attempt_code\":" + LogText.jsonString(attempt.code().value())
                + ",\"status\":" + LogText.jsonString(attempt.status().wireName())
                + "},\"review_attempt_code\":" + LogText.jsonString(attempt.code().value())
                + ",\"review_status\":" + LogText.jsonString(event.reviewStatus().label()) + "}";
    }
}
