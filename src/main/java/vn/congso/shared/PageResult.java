package vn.congso.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the 1-based page number, the page size and the total count. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
