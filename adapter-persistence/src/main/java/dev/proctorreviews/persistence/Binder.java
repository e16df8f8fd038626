package dev.proctorreviews.persistence;

import java.sql.SQLException;

/** Binds one statement's parameters, in the order its placeholders appear. */
@FunctionalInterface
interface Binder {
    Binder NONE = parameters -> { };

    void bind(Parameters parameters) throws SQLException;
}
