package io.github.cheetahoptimove.cheetah;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list call: its items, its number (from 1), its size and the total count.
 * Immutable.
 *
 * @param <T> the item type
 */
final class Page<T> {
    private final List<T> items;
    private final int page;
    private final int pageSize;
    private final long totalCount;

    /** A page of {@code items}. */
    public Page(List<T> items, int page, int pageSize, long totalCount) {
        this.items = List.copyOf(items);
        this.page = page;
        this.pageSize = pageSize;
        this.totalCount = totalCount;
    }

    /** The items of this page. */
    public List<T> items() {
        return items;
    }

    /** The page number, from 1. */
    public int page() {
        return page;
    }

    /** The page size asked for. */
    public int pageSize() {
        return pageSize;
    }

    /** How many items all pages hold together. */
    public long totalCount() {
        return totalCount;
    }

    /**
     * Whether a later page holds more items: by the total count, or, when the API gave none, by this
     * page being full.
     */
    public boolean hasNext() {
        if (items.isEmpty()) {
            return false;
        }
        return totalCount > 0 ? (long) page * pageSize < totalCount : items.size() >= pageSize;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Page)) {
            return false;
        }
        Page<?> p = (Page<?>) o;
        return page == p.page && pageSize == p.pageSize && totalCount == p.totalCount && items.equals(p.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, page, pageSize, totalCount);
    }

    @Override
    public String toString() {
        return "Page{page=" + page + ", pageSize=" + pageSize + ", totalCount=" + totalCount + ", items="
                + items.size() + "}";
    }
}
