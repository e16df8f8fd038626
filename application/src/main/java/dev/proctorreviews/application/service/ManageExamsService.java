package dev.proctorreviews.application.service;

import dev.proctorreviews.application.port.in.ExamChange;
import dev.proctorreviews.application.port.in.ExamResult;
import dev.proctorreviews.application.port.in.ExamUseCases;
import dev.proctorreviews.application.port.out.Stores;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import java.util.Optional;

/** Exams as the LMS registers and changes them. */
public final class ManageExamsService implements ExamUseCases {
    private final Stores stores;

    public ManageExamsService(Stores stores) {
        this.stores = stores;
    }

    @Override
    public ExamResult register(ExamDetails details) {
        return stores.transactions().inTransaction(() -> stores.exams().add(details)
                .<ExamResult>map(ExamResult.Saved::new)
                .orElseGet(() -> alreadyExists(details)));
    }

    @Override
    public ExamResult update(ExamId id, ExamChange change) {
        return stores.transactions().inTransaction(() -> {
            Optional<Exam> found = stores.exams().byId(id);
            if (found.isEmpty()) {
                return new ExamResult.NotFound("Could not locate exam with id=" + id.value());
            }
            Exam changed = new Exam(id, change.applyTo(found.get().details()));
            return stores.exams().update(changed) ? new ExamResult.Saved(changed) : alreadyExists(changed.details());
        });
    }

    @Override
    public Optional<Exam> get(ExamId id) {
        return stores.transactions().inTransaction(() -> stores.exams().byId(id));
    }

    private static ExamResult alreadyExists(ExamDetails details) {
        return new ExamResult.AlreadyExists("An exam with course_id=" + details.courseId().value()
                + " and content_id=" + details.contentId() + " already exists.");
    }
}
