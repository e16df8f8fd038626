package dev.proctorreviews.web;

import dev.proctorreviews.application.port.ExamReviewCounts;
import dev.proctorreviews.application.port.in.review.StaffDecisionCommand;
import dev.proctorreviews.application.port.in.review.StaffDecisionResult;
import dev.proctorreviews.application.port.in.staff.StaffSession;
import dev.proctorreviews.domain.attempt.Attempt;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.ExternalId;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.review.HistoryEntry;
import dev.proctorreviews.domain.review.StandardStatus;
import dev.proctorreviews.domain.user.User;
import dev.proctorreviews.web.view.CoursePageView;
import dev.proctorreviews.web.view.DecisionForm;
import dev.proctorreviews.web.view.ExamPageView;
import dev.proctorreviews.web.view.Formats;
import dev.proctorreviews.web.view.Frame;
import dev.proctorreviews.web.view.ReviewPageView;
import dev.proctorreviews.web.view.Tone;
import dev.proctorreviews.web.view.VersionView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code /instructor/**}: the course, exam and review pages and the decision form. Every page needs a signed-in
 * user who is global staff or staff of the course; the decision records exactly what the management API's
 * decision does, with the signed-in user as the reviewer.
 */
final class InstructorRoutes {
    private final PageUseCases useCases;
    private final SignedInStaff staff;
    private final Pages pages;

    InstructorRoutes(PageUseCases useCases, SignedInStaff staff, Pages pages) {
        this.useCases = useCases;
        this.staff = staff;
        this.pages = pages;
    }

    void show(Context ctx) {
        Optional<StaffSession> session = staff.of(ctx);
        if (session.isEmpty()) {
            String asked = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
            ctx.redirect(Links.signIn(asked), HttpStatus.SEE_OTHER);
            return;
        }
        resolve(ctx, session.get()).ifPresent(target -> {
            if (target.attempt().isPresent()) {
                reviewPage(ctx, session.get(), target.exam().orElseThrow(), target.attempt().get());
            } else if (target.exam().isPresent()) {
                examPage(ctx, session.get(), target.exam().get());
            } else {
                coursePage(ctx, session.get(), target.course(), target.exams());
            }
        });
    }

    void decide(Context ctx) {
        Optional<StaffSession> session = staff.of(ctx);
        if (session.isEmpty()) {
            pages.message(ctx, 403, Frame.anonymous("Sign in first"), "Sign in first",
                    "Your session has ended, so the decision was not recorded. Sign in and decide again.",
                    Links.signIn(ctx.path()), "Sign in");
            return;
        }
        if (!FormTokens.valid(ctx, session.get())) {
            pages.message(ctx, 403, SignedInStaff.frame("Refused", session.get()), "Decision refused",
                    "The form did not come from this page (its security token is missing or wrong), so nothing"
                            + " was recorded. Open the review page again and decide there.");
            return;
        }
        Optional<Target> target = resolve(ctx, session.get());
        if (target.isEmpty()) {
            return;
        }
        if (target.get().attempt().isEmpty()) {
            notFound(ctx, session.get(), "There is no attempt to decide on at this address.");
            return;
        }
        Optional<StandardStatus> status = Optional.ofNullable(ctx.formParam("status"))
                .flatMap(StandardStatus::fromWireName);
        if (status.isEmpty()) {
            pages.message(ctx, 400, SignedInStaff.frame("Choose a status", session.get()), "Choose a status",
                    "Pick one of the four statuses before recording the decision.");
            return;
        }
        Exam exam = target.get().exam().orElseThrow();
        Attempt attempt = target.get().attempt().get();
        StaffDecisionResult result = useCases.decisions().decide(new StaffDecisionCommand(attempt.code(),
                status.get(), session.get().user().email()));
        if (result instanceof StaffDecisionResult.Decided) {
            ctx.redirect(Links.review(exam, attempt.externalId()) + "#current", HttpStatus.SEE_OTHER);
        } else if (result instanceof StaffDecisionResult.ReviewNotFound) {
            notFound(ctx, session.get(), "This attempt has no review to decide on.");
        } else {
            forbidden(ctx, session.get());
        }
    }

    /** What the path and {@code attempt} name, or empty after answering 404/403 itself. */
    private Optional<Target> resolve(Context ctx, StaffSession session) {
        Optional<InstructorPath> path = InstructorPath.parse(ctx.path());
        Optional<String> rawAttempt = UrlCodec.rawQueryParameter(ctx.queryString(), "attempt");
        Optional<String> attemptParameter = rawAttempt.flatMap(UrlCodec::decode);
        if (path.isEmpty() || rawAttempt.isPresent() != attemptParameter.isPresent()) {
            notFound(ctx, session, "There is no course page at this address.");
            return Optional.empty();
        }
        User user = session.user();
        Optional<Exam> exam = path.get().exam().flatMap(named -> useCases.exams().get(named.exam())
                .filter(found -> found.courseId().equals(named.course())));
        if (exam.isPresent()) {
            if (!user.isStaffOf(exam.get().courseId())) {
                forbidden(ctx, session);
                return Optional.empty();
            }
            if (attemptParameter.isEmpty()) {
                return Optional.of(Target.exam(exam.get()));
            }
            Optional<Attempt> attempt = attempt(attemptParameter.get()).filter(a -> a.examId().equals(exam.get().id()));
            if (attempt.isEmpty()) {
                notFound(ctx, session, "This exam has no such attempt.");
                return Optional.empty();
            }
            return Optional.of(new Target(exam.get().courseId(), exam, attempt, List.of()));
        }
        CourseId course = path.get().wholeCourse();
        boolean examOfOwnCourse = path.get().exam().filter(named -> user.isStaffOf(named.course())).isPresent();
        if (!user.isStaffOf(course)) {
            if (examOfOwnCourse) {
                notFound(ctx, session, "This course has no such exam.");
            } else {
                forbidden(ctx, session);
            }
            return Optional.empty();
        }
        List<ExamReviewCounts> exams = useCases.courseExams().exams(course);
        if (exams.isEmpty() || attemptParameter.isPresent()) {
            notFound(ctx, session, "There is no such course or exam.");
            return Optional.empty();
        }
        return Optional.of(new Target(course, Optional.empty(), Optional.empty(), exams));
    }

    private Optional<Attempt> attempt(String externalId) {
        if (externalId.isBlank() || externalId.length() > ExternalId.MAX_LENGTH) {
            return Optional.empty();
        }
        return useCases.attempts().find(new AttemptLookup.ByExternalId(new ExternalId(externalId)));
    }

    private void reviewPage(Context ctx, StaffSession session, Exam exam, Attempt attempt) {
        String learner = useCases.users().get(attempt.userId()).map(User::username)
                .orElse("user " + attempt.userId().value());
        Optional<VersionView> current = useCases.reviews().get(attempt.code()).map(r -> VersionView.current(r.review()));
        List<VersionView> history = new ArrayList<>(useCases.history().history(attempt.code()).orElse(List.of())
                .stream().map(VersionView::historic).toList());
        Collections.reverse(history);
        Optional<String> recording = current.isPresent() ? useCases.recordings().recording(attempt.code())
                .filter(InstructorRoutes::webLink) : Optional.empty();
        Optional<DecisionForm> decision = current.map(c -> DecisionForm.posting(
                Links.review(exam, attempt.externalId()), session.csrfToken()));
        pages.render(ctx, 200, "review.jte", new ReviewPageView(
                SignedInStaff.frame(learner + " · " + exam.details().examName(), session),
                exam.courseId().value(), Links.course(exam.courseId()), exam.details().examName(), Links.exam(exam),
                learner, attempt.status().wireName(), Tone.of(attempt.status()), attempt.isArchived(), current,
                history, recording, decision));
    }

    private void examPage(Context ctx, StaffSession session, Exam exam) {
        List<ExamPageView.Row> rows = useCases.reviewedAttempts().reviewedAttempts(exam.id()).stream()
                .map(row -> new ExamPageView.Row(row.learnerUsername(), row.attempt().status().wireName(),
                        Tone.of(row.attempt().status()), row.reviewStatus().label(), Tone.of(row.reviewStatus()),
                        Formats.when(row.reviewedAt()), Links.review(exam, row.attempt().externalId())))
                .toList();
        pages.render(ctx, 200, "exam.jte", new ExamPageView(SignedInStaff.frame(exam.details().examName(), session),
                exam.courseId().value(), Links.course(exam.courseId()), exam.details().examName(), rows));
    }

    private void coursePage(Context ctx, StaffSession session, CourseId course, List<ExamReviewCounts> exams) {
        List<CoursePageView.Row> rows = exams.stream()
                .map(counts -> new CoursePageView.Row(counts.exam().details().examName(), Links.exam(counts.exam()),
                        counts.reviewedAttempts(), counts.awaitingSecondReview()))
                .toList();
        pages.render(ctx, 200, "course.jte", new CoursePageView(SignedInStaff.frame(course.value(), session),
                course.value(), rows));
    }

    private void notFound(Context ctx, StaffSession session, String message) {
        pages.message(ctx, 404, SignedInStaff.frame("Not found", session), "Not found", message);
    }

    private void forbidden(Context ctx, StaffSession session) {
        pages.message(ctx, 403, SignedInStaff.frame("Not allowed", session), "Not allowed",
                "You are signed in as " + session.user().username()
                        + ", who is not on the staff of this course. Ask the course team to add you.");
    }

    /** Only plain web links become a clickable link: a vendor could otherwise hand over a {@code javascript:} URL. */
    private static boolean webLink(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    /** What a request names: a course with its exams, an exam, or an attempt of an exam. */
    private record Target(CourseId course, Optional<Exam> exam, Optional<Attempt> attempt,
                          List<ExamReviewCounts> exams) {
        static Target exam(Exam exam) {
            return new Target(exam.courseId(), Optional.of(exam), Optional.empty(), List.of());
        }
    }

}
