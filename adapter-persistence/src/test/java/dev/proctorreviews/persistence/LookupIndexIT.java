package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three lookups every callback makes are index-backed. Sequential scans are switched off for the session
 * so that the plan shows whether an index can serve the query at all (on tiny test tables the planner would
 * otherwise rightly prefer a scan).
 */
class LookupIndexIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "attempt by code | SELECT * FROM attempt WHERE attempt_code = 'X' FOR UPDATE | uq_attempt_code",
        "attempt by external id | SELECT * FROM attempt WHERE lower(external_id) = lower('X') ORDER BY id DESC"
            + " LIMIT 1 | ix_attempt_external_id_ci",
        "review by attempt code | SELECT * FROM review WHERE attempt_code = 'X' | pk_review",
        "seen webhook | SELECT attempt_code FROM seen_webhook WHERE vendor = 'psi' AND webhook_id = 'x'"
            + " | pk_seen_webhook",
        "unsequenced events | SELECT id FROM review_event WHERE seq IS NULL ORDER BY position"
            + " | ix_review_event_unsequenced"})
    void usesAnIndex(String lookup, String query, String index) throws SQLException {
        List<String> plan = explain(TestDatabase.dataSource(), query);

        assertThat(String.join("\n", plan)).as(lookup).contains(index).doesNotContain("Seq Scan");
    }

    private static List<String> explain(DataSource dataSource, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("SET LOCAL enable_seqscan = off");
                List<String> plan = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("EXPLAIN " + query)) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                return plan;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
