package dev.proctorreviews.application.port.out;

import java.util.Optional;

/**
 * Keeps vendor video links confidential: a link is only ever stored sealed (encrypted). When the operator
 * configured no key, nothing is kept at all.
 */
public interface VideoLinkVault {
    Optional<String> seal(String videoUrl);
}
