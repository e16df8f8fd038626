package dev.proctorreviews.bootstrap;

/** A configuration value that cannot be used; its message is one line naming the variable. */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigurationException(String variable, String problem) {
        super(variable + ": " + problem);
    }
}
