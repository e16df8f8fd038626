package dev.proctorreviews.application.port.in.review;

/** Record a final staff decision on an attempt's review, whatever the update policy says. */
public interface RecordStaffDecisionUseCase {
    StaffDecisionResult decide(StaffDecisionCommand command);
}
