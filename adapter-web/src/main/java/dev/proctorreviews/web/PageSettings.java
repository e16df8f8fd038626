package dev.proctorreviews.web;

import java.util.Optional;

/**
 * The operator's settings the pages read.
 *
 * @param publicBaseUrl  the service's public base ({@code PROCTOR_PUBLIC_BASE_URL}); an {@code https} base makes
 *                       the session cookie {@code Secure}, and the OpenID Connect callback lives under it
 * @param frameAncestors {@code PROCTOR_FRAME_ANCESTORS}: origins allowed to frame the pages; empty = none
 * @param oidc           the OpenID Connect client, when all three of its variables are set
 */
public record PageSettings(String publicBaseUrl, Optional<String> frameAncestors, Optional<OidcSettings> oidc) {
    public PageSettings {
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    boolean secureCookies() {
        return publicBaseUrl.startsWith("https:");
    }
}
