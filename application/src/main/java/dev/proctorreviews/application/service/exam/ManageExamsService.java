package dev.proctorreviews.application.service.exam;

import dev.proctorreviews.application.port.in.exam.ExamChange;
import dev.proctorreviews.application.port.in.exam.ExamResult;
import dev.proctorreviews.application.port.in.exam.ExamUseCases;
import dev.proctorreviews.application.port.out.Exams;
import dev.proctorreviews.application.port.out.Transactions;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Optional;

/** Exams as the LMS registers and changes them. */
public final class ManageExamsService implements ExamUseCases {
    private final Transactions transactions;
    private final Exams exams;

    public ManageExamsService(Transactions transactions, Exams exams) {
        this.transactions = transactions;
        this.exams = exams;
    }

    @Override
    public ExamResult register(ExamDetails details) {
        return transactions.inTransaction(() -> exams.add(details)
                .<ExamResult>map(ExamResult.Saved::new)
                .orElseGet(() -> alreadyExists(details)));
    }

    @Override
    public ExamResult update(ExamId id, ExamChange change) {
        return transactions.inTransaction(() -> {
            Optional<Exam> found = exams.byId(id);
            if (found.isEmpty()) {
                return new ExamResult.NotFound("Could not locate exam with id=" + id.value());
            }
            Exam changed = new Exam(id, change.applyTo(found.get().details()));
            return exams.update(changed) ? new ExamResult.Saved(changed) : alreadyExists(changed.details());
        });
    }

    @Override
    public Optional<Exam> get(ExamId id) {
        return transactions.inTransaction(() -> exams.byId(id));
    }

    private static ExamResult alreadyExists(ExamDetails details) {
        return new ExamResult.AlreadyExists("An exam with course_id=" + details.courseId().value()
                + " and content_id=" + details.contentId() + " already exists.");
    }
}
