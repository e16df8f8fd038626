package dev.proctorreviews.http;

/**
 * Makes request-supplied text safe for a log line: control characters (CR, LF, ESC, ...) are escaped so that a
 * hostile identifier cannot forge log entries or terminal sequences; very long values are cut.
 */
final class LogSafe {
    private static final int MAX = 200;

    private LogSafe() {
    }

    static String of(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 8);
        for (int i = 0; i < value.length() && i < MAX; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX) {
            out.append("...");
        }
        return out.toString();
    }
}
