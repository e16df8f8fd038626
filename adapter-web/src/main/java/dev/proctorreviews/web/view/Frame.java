package dev.proctorreviews.web.view;

import java.util.Optional;

/**
 * What every page shows around its content: the title, and who is signed in with the form token the sign-out
 * button carries.
 */
public record Frame(String title, Optional<String> signedInAs, String csrfToken) {
    public static Frame anonymous(String title) {
        return new Frame(title, Optional.empty(), "");
    }
}
