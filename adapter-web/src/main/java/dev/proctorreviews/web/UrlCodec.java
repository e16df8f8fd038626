package dev.proctorreviews.web;

import dev.proctorreviews.application.PercentDecoding;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-encoding as URLs use it, not as HTML forms do: {@code +} stays a plus sign (course ids such as
 * {@code course-v1:Org+CS101+2026} carry them), and a malformed escape or invalid UTF-8 is refused rather than
 * guessed at.
 */
final class UrlCodec {
    private static final String PATH_SAFE = "-._~!$&'()*+,;=:@/";
    private static final String QUERY_VALUE_SAFE = "-._~!$'()*,;:@/?";

    private UrlCodec() {
    }

    static Optional<String> decode(String encoded) {
        return PercentDecoding.url(encoded);
    }

    /** For a path: slashes and the characters course ids use stay as they are. */
    static String encodePath(String path) {
        return encode(path, PATH_SAFE);
    }

    /** For one query parameter's value. */
    static String encodeQueryValue(String value) {
        return encode(value, QUERY_VALUE_SAFE);
    }

    /** The value of one parameter of a raw query string, still encoded; empty when absent. */
    static Optional<String> rawQueryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    private static String encode(String text, String safe) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
