package dev.proctorreviews.web;

/** The OpenID Connect client the operator registered with the identity provider. */
public record OidcSettings(String issuer, String clientId, String clientSecret) {
}
