package dev.proctorreviews.application.port.in;

/** The exam use cases, as one service offers them: what the exams routes are given. */
public interface ExamUseCases extends RegisterExamUseCase, UpdateExamUseCase, GetExamUseCase {
}
