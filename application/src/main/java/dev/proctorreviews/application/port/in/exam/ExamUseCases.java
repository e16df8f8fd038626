package dev.proctorreviews.application.port.in.exam;

/** The exam use cases, as one service offers them: what the exams routes are given. */
public interface ExamUseCases extends RegisterExamUseCase, UpdateExamUseCase, GetExamUseCase {
}
