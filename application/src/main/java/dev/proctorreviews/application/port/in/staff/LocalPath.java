package dev.proctorreviews.application.port.in.staff;

import java.util.Optional;

/**
 * A path on this service, where a sign-in may lead back to. Anything a browser could take to another host is
 * refused: {@code //host} and {@code /\host} (both read as a host by browsers), schemes, backslashes, control
 * characters and white space.
 */
public record LocalPath(String value) {
    public static final int MAX_LENGTH = 2048;

    public LocalPath {
        if (!isLocal(value)) {
            throw new IllegalArgumentException("not a local path");
        }
    }

    public static Optional<LocalPath> parse(String candidate) {
        return isLocal(candidate) ? Optional.of(new LocalPath(candidate)) : Optional.empty();
    }

    private static boolean isLocal(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return false;
        }
        return path.chars().noneMatch(c -> c <= 0x20 || c == 0x7f || c == '\\' || c > 0x7e);
    }
}
