package dev.proctorreviews.http;

import dev.proctorreviews.domain.review.ReviewSource;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Standard Webhooks verification: HMAC-SHA256 over {@code id.timestamp.body} with any configured key (key
 * rotation), compared in constant time, timestamp within the tolerance. The body is streamed through the MACs
 * while at most 1 MiB of it is kept, so that an oversized body is still answered in the contract's order:
 * 401 for a bad signature first, then 413.
 */
final class WebhookVerifier {
    static final int MAX_BODY_BYTES = 1_048_576;
    /** Beyond this the body is not even read to the end: the answer is 413 at once. */
    static final long HARD_LIMIT_BYTES = 16L * MAX_BODY_BYTES;
    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookVerifier.class);

    private final Map<ReviewSource, List<byte[]>> keys;
    private final Set<ReviewSource> unsignedAccepted;
    private final Duration tolerance;
    private final Clock clock;

    /**
     * @param unsignedAccepted the vendors whose callbacks may come without any signature header (an operator's
     *                         opt-in, SoftwareSecure only); a partly signed callback is refused all the same
     */
    WebhookVerifier(Map<ReviewSource, List<byte[]>> keys, Set<ReviewSource> unsignedAccepted, Duration tolerance,
                    Clock clock) {
        this.keys = keys;
        this.unsignedAccepted = Set.copyOf(unsignedAccepted);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * The authentic delivery.
     *
     * @throws ProblemException 401 when unsigned (and not allowed), badly signed or stale; 413 when too large
     */
    Delivery verify(Context ctx, ReviewSource vendor) {
        String id = ctx.header(ID);
        String timestamp = ctx.header(TIMESTAMP);
        String signature = ctx.header(SIGNATURE);
        if (id == null && timestamp == null && signature == null && unsignedAccepted.contains(vendor)) {
            LOG.warn("Accepting an unsigned {} callback (PROCTOR_VENDOR_SOFTWARE_SECURE_ALLOW_UNSIGNED=true);"
                    + " the record locator match is its only protection", vendor.wireName());
            Body body = read(ctx, List.of());
            return new Delivery(Optional.empty(), body.checkedBytes());
        }
        if (id == null || timestamp == null || signature == null) {
            throw unauthorized("The webhook-id, webhook-timestamp and webhook-signature headers are required.");
        }
        if (id.isBlank() || id.length() > 255) {
            throw unauthorized("The webhook-id header must be 1 to 255 characters.");
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw unauthorized("The webhook-timestamp header must be Unix seconds.");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - sentAt) > tolerance.toSeconds()) {
            throw unauthorized("The webhook-timestamp is too old or in the future.");
        }
        List<Mac> macs = macs(vendor, id + "." + timestamp + ".");
        Body body = read(ctx, macs);
        if (!matchesAny(signature, macs)) {
            throw unauthorized("No signature matches a configured key.");
        }
        return new Delivery(Optional.of(id), body.checkedBytes());
    }

    /**
     * Whether a signature header matches a body already in memory: the same computation as {@link #verify}
     * without the streaming (for tests and micro-benchmarks of the signature check).
     */
    boolean signatureMatches(ReviewSource vendor, String id, String timestamp, String header, byte[] body) {
        List<Mac> macs = macs(vendor, id + "." + timestamp + ".");
        macs.forEach(mac -> mac.update(body));
        return matchesAny(header, macs);
    }

    private List<Mac> macs(ReviewSource vendor, String prefix) {
        List<Mac> macs = new ArrayList<>();
        for (byte[] key : keys.getOrDefault(vendor, List.of())) {
            macs.add(WebhookSignature.started(key, prefix));
        }
        return macs;
    }

    private static boolean matchesAny(String header, List<Mac> macs) {
        List<byte[]> expected = macs.stream().map(Mac::doFinal).toList();
        boolean matched = false;
        for (String candidate : header.trim().split(" +")) {
            if (!candidate.startsWith("v1,")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(3));
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (byte[] mine : expected) {
                matched |= MessageDigest.isEqual(mine, given);
            }
        }
        return matched;
    }

    private static Body read(Context ctx, List<Mac> macs) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long total = 0;
        byte[] chunk = new byte[8192];
        try (InputStream in = ctx.bodyInputStream()) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                total += n;
                if (total > HARD_LIMIT_BYTES) {
                    throw tooLarge();
                }
                for (Mac mac : macs) {
                    mac.update(chunk, 0, n);
                }
                int room = MAX_BODY_BYTES + 1 - kept.size();
                if (room > 0) {
                    kept.write(chunk, 0, Math.min(room, n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
        return new Body(kept.toByteArray(), total);
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemCode.SIGNATURE_INVALID, detail);
    }

    static ProblemException tooLarge() {
        return new ProblemException(ProblemCode.PAYLOAD_TOO_LARGE,
                "The body is larger than " + MAX_BODY_BYTES + " bytes.");
    }

    private record Body(byte[] bytes, long total) {
        byte[] checkedBytes() {
            if (total > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        }
    }
}
