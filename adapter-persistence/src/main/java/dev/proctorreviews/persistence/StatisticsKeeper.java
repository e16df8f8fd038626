package dev.proctorreviews.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the planner's statistics of the service's tables fresh, whether or not the server's autovacuum does.
 *
 * <p>The service's statements are prepared once per pooled connection, and PostgreSQL keeps a prepared
 * statement's generic plan until the statistics of its tables change. Plans made while the review tables were
 * small are sequential scans; with {@code autovacuum = off} nothing ever analysed the tables again and a callback
 * got five times slower as they grew. So the service analyses its own tables by autovacuum's default rule (more
 * than 50 + 10 % of a table's rows changed since its last analysis), checked every few seconds: an analysis
 * invalidates the cached plans, and the next execution plans with the real sizes. Where autovacuum runs, it
 * usually gets there first (its analysis resets the change count) and this finds nothing to do; fresh tables are
 * analysed within seconds instead of at autovacuum's next round. A table the service's role does not own is
 * skipped by PostgreSQL with a warning, never an error.
 */
public final class StatisticsKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsKeeper.class);
    private static final String STALE_TABLES = """
            SELECT s.relname
              FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
             WHERE s.schemaname = current_schema()
               AND s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
             ORDER BY s.relname""";

    private final PostgresTransactions tx;

    public StatisticsKeeper(DataSource dataSource) {
        this.tx = new PostgresTransactions(dataSource);
    }

    /** Analyses every table of the schema whose statistics are stale; returns their names. */
    public List<String> analyseStaleTables() {
        List<String> stale = tx.inTransaction(() -> tx.unit().list(STALE_TABLES, Binder.NONE, r -> r.getString(1)));
        for (String table : stale) {
            // One transaction per table: ANALYZE holds its lock until commit.
            tx.inTransaction(() -> tx.unit().update("ANALYZE " + quoted(table), Binder.NONE));
        }
        if (!stale.isEmpty()) {
            LOG.debug("Analysed {}", stale);
        }
        return stale;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
