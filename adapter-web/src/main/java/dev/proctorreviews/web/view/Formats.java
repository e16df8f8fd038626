package dev.proctorreviews.web.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as people read them on the pages. */
public final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** Seconds into the session as {@code mm:ss}; an hour or more keeps counting minutes ({@code 75:02}). */
    public static String minutesSeconds(int seconds) {
        int positive = Math.max(0, seconds);
        return String.format("%02d:%02d", positive / 60, positive % 60);
    }

    public static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
