package dev.proctorreviews.persistence;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Renders a statement built with jOOQ's DSL, against the generated schema, to SQL once (at class
 * initialisation), with {@code ?} for each bind value in order of appearance. The unit of work executes the
 * string as a prepared statement; pgjdbc keeps it server-side prepared per connection. So a statement is
 * checked against the schema at compile time and costs no jOOQ work per request.
 */
final class Rendered {
    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings()
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
            .withParamType(ParamType.INDEXED));

    private Rendered() {
    }

    static String sql(Query query) {
        return RENDERER.render(query);
    }
}
