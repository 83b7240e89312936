package space.consortium.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a filtered, sorted, paginated list page: the same filters with another page or another sort. Blank
 * filters are left out of the links.
 *
 * @param path    the list's path, e.g. {@code /projects}
 * @param filters filter name → value, in the order they appear in links
 * @param sort    the current sort parameter, {@code field} or {@code field,desc}; blank for a list in one fixed order
 *                (then no {@code sort} parameter is sent)
 * @param pageParameter the name of the page number parameter: {@code page}, or another where one page holds two lists
 */
public record PageLinks(String path, Map<String, @Nullable String> filters, String sort, String pageParameter) {

    /** The links of a page's one list, paged by {@code page}. */
    public PageLinks(String path, Map<String, @Nullable String> filters, String sort) {
        this(path, filters, sort, "page");
    }

    public PageLinks {
        Map<String, @Nullable String> kept = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.trim());
            }
        });
        filters = java.util.Collections.unmodifiableMap(kept);
    }

    /** The field the list is sorted by. */
    public String sortField() {
        return sort.split(",", 2)[0].trim();
    }

    public boolean descending() {
        return sort.trim().toLowerCase(java.util.Locale.ROOT).endsWith(",desc");
    }

    /** The link to page {@code page} (zero-based) with the current filters and sort. */
    public String page(int page) {
        return build(sort, page);
    }

    /** The link that sorts by {@code field}: ascending first, descending when it is the ascending sort already. */
    public String sortBy(String field) {
        boolean flip = field.equals(sortField()) && !descending();
        return build(flip ? field + ",desc" : field, 0);
    }

    /** {@code ascending}, {@code descending} or {@code none}: the value of a column header's aria-sort. */
    public String ariaSort(String field) {
        if (!field.equals(sortField())) {
            return "none";
        }
        return descending() ? "descending" : "ascending";
    }

    /** The link with the filters only: the first page in the default order. */
    public String reset() {
        return path;
    }

    public boolean filtered() {
        return !filters.isEmpty();
    }

    private String build(String sortParam, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach(uri::queryParam);
        if (!sortParam.isBlank()) {
            uri.queryParam("sort", sortParam);
        }
        if (page > 0) {
            uri.queryParam(pageParameter, page);
        }
        return uri.encode().build().toUriString();
    }
}
