package io.github.altibaseportable.live;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of an ordered result: skip {@code offset} rows (0-based, as portable SQL counts), then take
 * at most {@code limit} rows, or all the rest when {@code limit} is {@code null}.
 */
public record Page(int offset, Integer limit) {
    private static final int[] LIMITS = {0, 1, 10};

    /**
     * The SPEC's paging cases for a table of {@code rows} rows: offsets 0, 1, 5, the last row, just past
     * the end and far past it, each with limits 0, 1 and 10 (100 rows: offsets 0, 1, 5, 99, 100, 150).
     */
    public static List<Page> cases(int rows) {
        List<Page> pages = new ArrayList<>();
        for (int offset : offsets(rows)) {
            for (int limit : LIMITS) {
                pages.add(new Page(offset, limit));
            }
        }
        return pages;
    }

    /** The offsets of {@link #cases} without a limit: everything from the offset on. */
    public static List<Page> rests(int rows) {
        List<Page> pages = new ArrayList<>();
        for (int offset : offsets(rows)) {
            pages.add(new Page(offset, null));
        }
        return pages;
    }

    private static int[] offsets(int rows) {
        return new int[] {0, 1, 5, rows - 1, rows, rows + rows / 2};
    }

    /** The rows of {@code ordered} this page holds. */
    public <T> List<T> of(List<T> ordered) {
        int from = Math.min(offset, ordered.size());
        int to = limit == null ? ordered.size() : Math.min(ordered.size(), from + limit);
        return List.copyOf(ordered.subList(from, to));
    }

    @Override
    public String toString() {
        return "offset " + offset + (limit == null ? "" : ", limit " + limit);
    }
}
