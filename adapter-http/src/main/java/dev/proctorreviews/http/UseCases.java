package dev.proctorreviews.http;

import dev.proctorreviews.application.port.in.ApplyReviewToAttemptUseCase;
import dev.proctorreviews.application.port.in.ArchiveAttemptUseCase;
import dev.proctorreviews.application.port.in.ChangeAttemptStatusUseCase;
import dev.proctorreviews.application.port.in.CountParkedDeliveriesUseCase;
import dev.proctorreviews.application.port.in.DeleteReviewUseCase;
import dev.proctorreviews.application.port.in.FindAttemptUseCase;
import dev.proctorreviews.application.port.in.GetCreditUseCase;
import dev.proctorreviews.application.port.in.GetExamUseCase;
import dev.proctorreviews.application.port.in.GetReviewHistoryUseCase;
import dev.proctorreviews.application.port.in.GetReviewUseCase;
import dev.proctorreviews.application.port.in.GetUserUseCase;
import dev.proctorreviews.application.port.in.ListDeliveriesUseCase;
import dev.proctorreviews.application.port.in.ListNotificationsUseCase;
import dev.proctorreviews.application.port.in.ReadEventsUseCase;
import dev.proctorreviews.application.port.in.ReceiveVendorReviewUseCase;
import dev.proctorreviews.application.port.in.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.RegisterAttemptUseCase;
import dev.proctorreviews.application.port.in.RegisterExamUseCase;
import dev.proctorreviews.application.port.in.RegisterUserUseCase;
import dev.proctorreviews.application.port.in.ReplayDeliveryUseCase;
import dev.proctorreviews.application.port.in.RetireUserUseCase;
import dev.proctorreviews.application.port.in.UpdateExamUseCase;

/** Every use case the HTTP API drives; tests build the same app with stubs in place of the services. */
public record UseCases(
        ReceiveVendorReviewUseCase receiveReview,
        RegisterUserUseCase registerUser,
        GetUserUseCase getUser,
        RegisterExamUseCase registerExam,
        UpdateExamUseCase updateExam,
        GetExamUseCase getExam,
        RegisterAttemptUseCase registerAttempt,
        FindAttemptUseCase findAttempt,
        ChangeAttemptStatusUseCase changeAttemptStatus,
        ArchiveAttemptUseCase archiveAttempt,
        GetReviewUseCase getReview,
        GetReviewHistoryUseCase getHistory,
        DeleteReviewUseCase deleteReview,
        RecordStaffDecisionUseCase recordDecision,
        ApplyReviewToAttemptUseCase applyReview,
        GetCreditUseCase getCredit,
        ListNotificationsUseCase listNotifications,
        ReadEventsUseCase readEvents,
        RetireUserUseCase retireUser,
        ListDeliveriesUseCase listDeliveries,
        ReplayDeliveryUseCase replayDelivery,
        CountParkedDeliveriesUseCase countParked) {
}
