package dev.proctorreviews.application;

/**
 * Makes outside-supplied text (request data, LMS-supplied names) safe for a log line: control characters (CR,
 * LF, ESC, ...) are escaped so that a hostile identifier cannot forge log entries or terminal sequences; very
 * long values are cut.
 */
public final class LogText {
    private static final int MAX = 300;

    private LogText() {
    }

    public static String safe(String value) {
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
