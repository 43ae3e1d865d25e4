package vn.congso.shared;

/**
 * A validated page request. Lists never return unbounded results: the size is at most {@link #MAX_SIZE}.
 *
 * @param page 1-based page number
 * @param size items per page
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public Paging {
        if (page < 1) {
            throw ApiException.invalid(java.util.List.of(FieldProblem.of("page", "paging.page", 1)));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalid(java.util.List.of(FieldProblem.of("size", "paging.size", 1, MAX_SIZE)));
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
