package dev.proctorreviews.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/** Bearer-token authentication of the management API; tokens are compared in constant time. */
final class ApiTokens {
    private final List<byte[]> tokens;

    ApiTokens(List<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("An Authorization: Bearer <token> header is required.");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        for (byte[] token : tokens) {
            matched |= MessageDigest.isEqual(token, given);
        }
        if (!matched) {
            throw unauthorized("The bearer token is not valid.");
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemCode.UNAUTHORIZED, detail, List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"proctor-reviews\""));
    }
}
