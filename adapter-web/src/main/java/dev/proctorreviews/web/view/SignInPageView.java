package dev.proctorreviews.web.view;

import java.util.Optional;

/**
 * The sign-in page.
 *
 * @param oidcHref  where "Sign in with …" starts, when single sign-on is configured
 * @param issuer    the identity provider's name as shown on the button
 */
public record SignInPageView(Frame frame, Optional<String> oidcHref, String issuer) {
}
