package dev.proctorreviews.application.port;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Where a page starts ({@code after}, an id, exclusive) and how long it is at most. Every paginated list the
 * service offers bounds its pages the same way, so that no answer (and no query behind it) grows with the data.
 */
public record PageRequest(long after, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("after must be >= 0 and limit within 1.." + MAX_LIMIT);
        }
    }

    /** A request as a client may word it: limits above the maximum are treated as the maximum. */
    public static PageRequest of(long after, long limit) {
        return new PageRequest(after, (int) Math.min(limit, MAX_LIMIT));
    }

    /** The page for {@code items}, which were read for this request, each with its {@code id}. */
    public <T> Page<T> page(List<T> items, ToLongFunction<T> id) {
        return page(items, id, Function.identity());
    }

    /** The page for {@code rows} read for this request, when the id is not part of the item it holds. */
    public <R, T> Page<T> page(List<R> rows, ToLongFunction<R> id, Function<R, T> item) {
        return new Page<>(rows.stream().map(item).toList(),
                rows.isEmpty() ? after : id.applyAsLong(rows.get(rows.size() - 1)));
    }
}
