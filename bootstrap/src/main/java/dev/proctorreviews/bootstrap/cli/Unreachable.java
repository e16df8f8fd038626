package dev.proctorreviews.bootstrap.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/** Why the service could not be asked, in words a person at a terminal can act on. */
final class Unreachable {
    private Unreachable() {
    }

    static String reason(IOException e) {
        if (e instanceof ConnectException) {
            return "nothing answers there (is the service running? see --base-url)";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
