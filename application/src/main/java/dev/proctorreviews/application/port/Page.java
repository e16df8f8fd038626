package dev.proctorreviews.application.port;

import java.util.List;

/**
 * One page of a list read in id order; ask for {@code after=nextAfter} to continue. {@code nextAfter} is the id
 * of the last item, or the {@code after} asked for when the page is empty, so that a reader who always continues
 * from it sees every item once, and a short page means it has caught up.
 */
public record Page<T>(List<T> items, long nextAfter) {
    public Page {
        items = List.copyOf(items);
    }
}
