package space.consortium.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items      the rows of this page
 * @param page       zero-based page number
 * @param size       page size asked for
 * @param totalItems rows matching the filter over all pages
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

    public PageResult {
        items = List.copyOf(items);
    }

    /** Pages needed for all matching rows; part of the JSON form, where clients use it to page. */
    @JsonProperty("totalPages")
    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
