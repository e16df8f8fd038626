package dev.proctorreviews.application.port.out;

/**
 * Turns a sealed video link back into the vendor's URL, for signed-in staff only and only when they open a review
 * page; the result is shown, never stored or logged.
 */
public interface VideoLinkOpener {
    /** @throws IllegalArgumentException when the value was not sealed with this key */
    String open(String sealed);
}
