package dev.proctorreviews.web.view;

import dev.proctorreviews.domain.review.StandardStatus;
import java.util.List;

/** The staff decision form: where it posts, its form token, and the four standard statuses. */
public record DecisionForm(String action, String csrfToken, List<Choice> choices) {

    /** One status to choose, with the label staff read. */
    public record Choice(String value, String label, Tone tone) {
    }

    public static DecisionForm posting(String action, String csrfToken) {
        return new DecisionForm(action, csrfToken, List.of(
                new Choice(StandardStatus.PASSED.wireName(), "Passed", Tone.OK),
                new Choice(StandardStatus.VIOLATION.wireName(), "Violation", Tone.BAD),
                new Choice(StandardStatus.SUSPICIOUS.wireName(), "Suspicious", Tone.WARN),
                new Choice(StandardStatus.NOT_REVIEWED.wireName(), "Not reviewed", Tone.NEUTRAL)));
    }
}
