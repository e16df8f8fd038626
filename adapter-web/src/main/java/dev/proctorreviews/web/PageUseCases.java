package dev.proctorreviews.web;

import dev.proctorreviews.application.port.in.attempt.FindAttemptUseCase;
import dev.proctorreviews.application.port.in.exam.GetExamUseCase;
import dev.proctorreviews.application.port.in.review.GetReviewHistoryUseCase;
import dev.proctorreviews.application.port.in.review.GetReviewUseCase;
import dev.proctorreviews.application.port.in.review.RecordStaffDecisionUseCase;
import dev.proctorreviews.application.port.in.staff.ListCourseExamsUseCase;
import dev.proctorreviews.application.port.in.staff.ListReviewedAttemptsUseCase;
import dev.proctorreviews.application.port.in.staff.OpenRecordingUseCase;
import dev.proctorreviews.application.port.in.staff.SignInUseCase;
import dev.proctorreviews.application.port.in.staff.StaffSessionUseCase;
import dev.proctorreviews.application.port.in.user.GetUserUseCase;

/** Every use case the pages drive, as one constructor parameter. */
public record PageUseCases(GetExamUseCase exams, FindAttemptUseCase attempts, GetUserUseCase users,
                           GetReviewUseCase reviews, GetReviewHistoryUseCase history,
                           RecordStaffDecisionUseCase decisions, ListReviewedAttemptsUseCase reviewedAttempts,
                           ListCourseExamsUseCase courseExams, OpenRecordingUseCase recordings,
                           SignInUseCase signIn, StaffSessionUseCase sessions) {
}
