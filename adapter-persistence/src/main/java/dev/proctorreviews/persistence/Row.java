package dev.proctorreviews.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.Field;

/** Maps the current row of a result set; also reads the column types every mapper needs. */
@FunctionalInterface
interface Row<T> {
    T map(ResultSet row) throws SQLException;

    /** A {@code timestamp with time zone} column, or null. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : Times.instant(time);
    }

    /** A generated schema's {@code timestamp with time zone} column, selected under its own name, or null. */
    static Instant instant(ResultSet row, Field<OffsetDateTime> column) throws SQLException {
        return instant(row, column.getName());
    }
}
