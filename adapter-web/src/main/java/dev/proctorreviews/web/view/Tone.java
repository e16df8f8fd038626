package dev.proctorreviews.web.view;

import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.review.ReviewStatus;
import java.util.Locale;

/** The colour a status is shown in: good news green, bad news red, doubt amber, the rest grey. */
public enum Tone {
    OK, BAD, WARN, NEUTRAL;

    /** The CSS class, e.g. {@code tone-bad}. */
    public String css() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }

    public static Tone of(ReviewStatus status) {
        return switch (status) {
            case CLEAN -> OK;
            case RULES_VIOLATION -> BAD;
            case SUSPICIOUS -> WARN;
            case NOT_REVIEWED -> NEUTRAL;
        };
    }

    public static Tone of(AttemptStatus status) {
        return switch (status) {
            case VERIFIED -> OK;
            case REJECTED, ERROR -> BAD;
            case SECOND_REVIEW_REQUIRED -> WARN;
            default -> NEUTRAL;
        };
    }

    /** A comment's status is the vendor's free text: known words get their colour, anything else grey. */
    public static Tone ofVendorText(String status) {
        return ReviewStatus.fromLabel(status.strip()).map(Tone::of).orElseGet(() -> switch (status.strip()
                .toLowerCase(Locale.ROOT)) {
            case "passed", "clean", "ok" -> OK;
            case "violation", "rules violation", "failed" -> BAD;
            case "suspicious", "warning" -> WARN;
            default -> NEUTRAL;
        });
    }
}
