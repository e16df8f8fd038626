package dev.proctorreviews.web.view;

import java.util.Optional;

/** A page that only says something: not found, not allowed, a refused form, a failure. */
public record MessagePageView(Frame frame, String heading, String message, Optional<String> linkHref,
                              String linkText) {
}
