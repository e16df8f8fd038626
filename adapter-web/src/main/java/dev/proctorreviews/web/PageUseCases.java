package dev.proctorreviews.web;

import dev.proctorreviews.application.port.in.FindAttemptUseCase;
import dev.proctorreviews.application.port.in.GetExamUseCase;
import dev.proctorreviews.application.port.in.GetReviewHistoryUseCase;
import dev.proctorreviews.application.port.in.GetReviewUseCase;
import dev.proctorreviews.application.port.in.GetUserUseCase;
import dev.proctorreviews.application.port.in.ListCourseExamsUseCase;
import dev.proctorreviews.application.port.in.ListReviewedAttemptsUseCase;
import dev.proctorreviews.application.port.in.OpenRecordingUseCase;
import dev.proctorreviews.application.port.in.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.SignInUseCase;
import dev.proctorreviews.application.port.in.StaffSessionUseCase;

/** Every use case the pages drive, as one constructor parameter. */
public record PageUseCases(GetExamUseCase exams, FindAttemptUseCase attempts, GetUserUseCase users,
                           GetReviewUseCase reviews, GetReviewHistoryUseCase history,
                           RecordStaffDecisionUseCase decisions, ListReviewedAttemptsUseCase reviewedAttempts,
                           ListCourseExamsUseCase courseExams, OpenRecordingUseCase recordings,
                           SignInUseCase signIn, StaffSessionUseCase sessions) {
}
