package dev.proctorreviews.web.view;

import java.util.List;
import java.util.Optional;

/**
 * The review page of one attempt.
 *
 * @param recordingUrl the decrypted vendor link, only for signed-in staff and only when one is kept
 * @param decision     the form, for staff allowed to decide
 */
public record ReviewPageView(Frame frame, String courseId, String courseHref, String examName, String examHref,
                             String learner, String attemptStatus, Tone attemptTone, boolean archived,
                             Optional<VersionView> current, List<VersionView> history, Optional<String> recordingUrl,
                             Optional<DecisionForm> decision) {
}
