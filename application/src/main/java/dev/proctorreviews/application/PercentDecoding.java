package dev.proctorreviews.application;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one strict percent-decoder the adapters share: a malformed escape, a raw control or non-ASCII character,
 * or bytes that are not UTF-8 make the text unreadable (empty) instead of being guessed at or dropped, so that a
 * caller can refuse it by name.
 */
public final class PercentDecoding {
    private PercentDecoding() {
    }

    /** As URLs use it: {@code +} stays a plus sign (course ids such as {@code course-v1:Org+CS101+2026}). */
    public static Optional<String> url(String encoded) {
        return decode(encoded, false);
    }

    /** As HTML forms and query strings use it: {@code +} stands for a space. */
    public static Optional<String> form(String encoded) {
        return decode(encoded, true);
    }

    private static Optional<String> decode(String encoded, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                return Optional.empty();
            } else {
                bytes.write(plusIsSpace && c == '+' ? ' ' : c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
