package dev.proctorreviews.application;

/**
 * The one escaping routine for outside-supplied text. In a log line, control characters (CR, LF, ESC, ...)
 * are escaped so that a hostile identifier cannot forge log entries or terminal sequences, and very long
 * values are cut; in the JSON the core writes itself (event data, so that it needs no JSON library) the same
 * escaping makes a valid string literal.
 */
public final class LogText {
    private static final int MAX = 300;

    private LogText() {
    }

    /** {@code value} fit for a log line: escaped, at most 300 characters of it. */
    public static String safe(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 8);
        escape(value.length() > MAX ? value.substring(0, MAX) : value, out);
        return value.length() > MAX ? out.append("...").toString() : out.toString();
    }

    /** {@code value} as a JSON string literal, quotes included. */
    public static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        escape(value, out);
        return out.append('"').toString();
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
