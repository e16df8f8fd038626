package dev.proctorreviews.web.view;

import dev.proctorreviews.domain.review.ReviewComment;
import java.util.Comparator;
import java.util.List;

/** One comment of a review, times as {@code mm:ss}. */
public record CommentView(String start, String stop, String duration, String status, Tone tone, String text) {

    /** The comments in time order: by start, then stop. */
    public static List<CommentView> inTimeOrder(List<ReviewComment> comments) {
        return comments.stream()
                .sorted(Comparator.comparingInt(ReviewComment::start).thenComparingInt(ReviewComment::stop))
                .map(c -> new CommentView(Formats.minutesSeconds(c.start()), Formats.minutesSeconds(c.stop()),
                        Formats.minutesSeconds(c.duration()), c.status(), Tone.ofVendorText(c.status()), c.comment()))
                .toList();
    }
}
