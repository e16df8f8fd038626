package dev.proctorreviews.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The OpenID Connect relying party, on Nimbus: authorization code flow with PKCE (S256), {@code state} and
 * {@code nonce}, and the ID token's signature checked against the keys the issuer publishes. The provider is
 * discovered from the issuer URL on first use, not at start-up, so that a provider that is down for a moment does
 * not keep the service from starting.
 */
final class OidcClient {
    private static final int TIMEOUT_MILLIS = 5_000;

    private final OidcSettings settings;
    private final ClientID clientId;
    private final URI callback;
    private volatile Provider provider;

    OidcClient(OidcSettings settings, URI callback) {
        this.settings = settings;
        this.clientId = new ClientID(settings.clientId());
        this.callback = callback;
    }

    /** A new sign-in attempt: where to send the browser, and what the callback must find again. */
    Attempt start() throws OidcException {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI redirect = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "email"), clientId, callback)
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        return new Attempt(redirect, state.getValue(), nonce.getValue(), verifier.getValue());
    }

    /**
     * Redeems the code and checks the ID token (signature, issuer, audience, expiry, nonce).
     *
     * @return the token's {@code email} when the provider marks it verified, else empty
     */
    Optional<String> verifiedEmail(String code, String verifier, String nonce) throws OidcException {
        Provider p = provider();
        TokenRequest request = new TokenRequest(p.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(clientId, new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), callback, new CodeVerifier(verifier)));
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new OidcException("the provider refused the code: "
                        + response.toErrorResponse().getErrorObject().getCode());
            }
            IDTokenClaimsSet claims = p.validator().validate(
                    ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken(), new Nonce(nonce));
            if (!Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))) {
                return Optional.empty();
            }
            return Optional.ofNullable(claims.getStringClaim("email")).filter(email -> !email.isBlank());
        } catch (IOException e) {
            throw new OidcException("the provider could not be reached", e);
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException
                 | ClassCastException e) {
            throw new OidcException("the provider's answer was not a valid ID token", e);
        }
    }

    private Provider provider() throws OidcException {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    private Provider discover() throws OidcException {
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
                    TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), clientId,
                    signingAlgorithm(metadata), metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
            return new Provider(metadata, validator);
        } catch (GeneralException | IOException e) {
            throw new OidcException("the provider's configuration could not be read", e);
        }
    }

    /** RS256 unless the provider signs ID tokens with something else only (e.g. ES256). */
    private static JWSAlgorithm signingAlgorithm(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
        if (offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)) {
            return JWSAlgorithm.RS256;
        }
        return offered.get(0);
    }

    /** What one sign-in through the provider must remember between the redirect and the callback. */
    record Attempt(URI redirect, String state, String nonce, String verifier) {
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** The sign-in cannot go on; the message names the step, never a token. */
    static final class OidcException extends Exception {
        private static final long serialVersionUID = 1L;

        OidcException(String message) {
            super(message);
        }

        OidcException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
