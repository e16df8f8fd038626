package dev.proctorreviews.bootstrap.cli;

import dev.proctorreviews.domain.review.ReviewSource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The two vendors the service hears from: where each one's callbacks go and which example it sends. */
enum Vendor {
    SOFTWARE_SECURE(ReviewSource.SOFTWARE_SECURE, "software-secure-review.json"),
    PSI(ReviewSource.PSI, "psi-review.json");

    final ReviewSource source;
    final String example;

    Vendor(ReviewSource source, String example) {
        this.source = source;
        this.example = example;
    }

    /** The callback route: SoftwareSecure has one, PSI names the attempt by its external id in the path. */
    String callbackPath(String externalId) {
        return this == PSI
                ? "/callbacks/psi/attempts/" + URLEncoder.encode(externalId, StandardCharsets.UTF_8).replace("+", "%20")
                        + "/reviewed"
                : "/callbacks/software-secure";
    }

    /** The vendor a callback URL is for, if it is one of the service's callback routes. */
    static Optional<Vendor> ofUrl(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        if (path.startsWith("/callbacks/psi/")) {
            return Optional.of(PSI);
        }
        return path.equals("/callbacks/software-secure") ? Optional.of(SOFTWARE_SECURE) : Optional.empty();
    }
}
