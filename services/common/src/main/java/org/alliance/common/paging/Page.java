package org.alliance.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, where it is, and how many there are in all. A list may stop
 * counting a while past the page it shows, because counting every match of a broad filter costs
 * more than the page itself; it then says so with {@code totalExact} false, and {@code total} is the
 * number it counted, a lower bound that still reaches past the next page.
 */
public record Page<T>(List<T> items, int page, int size,
        @Schema(description = "How many items the list has in all when totalExact is true; otherwise at least this many"
                + " (counting stopped there, well past this page)") long total,
        @Schema(description = "Whether total is the exact number of items; false when counting stopped early")
        boolean totalExact) {

    /** A page whose total was counted exactly. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /** The same page with other items in place of these, e.g. their views. */
    public <R> Page<R> withItems(List<R> other) {
        return new Page<>(other, page, size, total, totalExact);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
