package dev.proctorreviews.application.port.out;

import java.util.Optional;

/**
 * Keeps vendor video links confidential: a link is only ever stored sealed (encrypted). When the operator
 * configured no key, nothing is kept at all.
 */
public interface VideoLinkVault {
    Optional<String> seal(String videoUrl);

    /** What opens the links this vault sealed: none when it keeps nothing, so the pages offer no recording. */
    default Optional<VideoLinkOpener> opener() {
        return Optional.empty();
    }
}
