package dev.proctorreviews.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The service analyses a table it changed a lot, and a table analysed since is left alone. */
class StatisticsKeeperIT {
    private static final DataSource DB = TestDatabase.dataSource();

    @Test
    void analysesAChangedTableOnceAndThenLeavesItAlone() throws Exception {
        StatisticsKeeper keeper = new StatisticsKeeper(DB);
        keeper.analyseStaleTables();
        long before = analyses("course_staff");
        try (Connection c = DB.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO app_user (id, username, email, is_staff) VALUES (-424242, 'keeper', 'k@x.example', true)");
            s.execute("INSERT INTO course_staff (user_id, course_id) SELECT -424242, 'course-v1:K+' || g"
                    + " FROM generate_series(1, 500) g");
            s.execute("DELETE FROM course_staff WHERE user_id = -424242");
            s.execute("DELETE FROM app_user WHERE id = -424242");
        }
        List<String> analysed = List.of();
        // Table statistics reach the server's counters up to a second after the transaction: wait, bounded.
        for (int i = 0; i < 50 && !analysed.contains("course_staff"); i++) {
            Thread.sleep(200);
            analysed = keeper.analyseStaleTables();
        }

        assertThat(analysed).contains("course_staff");
        assertThat(analyses("course_staff")).isGreaterThan(before);
        assertThat(keeper.analyseStaleTables()).doesNotContain("course_staff");
    }

    private static long analyses(String table) throws Exception {
        try (Connection c = DB.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
