package space.consortium.shared;

/**
 * Which page of a list to return, and in which order.
 *
 * @param page      zero-based page number, at least 0
 * @param size      rows per page, 1 to 500
 * @param sort      a field name from the list's sortable fields
 * @param ascending sort direction
 */
public record PageRequest(int page, int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        Problems problems = new Problems()
                .check(page >= 0, "page", "must be 0 or more")
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        problems.throwIfAny();
    }

    /** Parses a {@code field} or {@code field,asc|desc} sort parameter. */
    public static PageRequest of(int page, int size, String sortParam) {
        String[] parts = sortParam.split(",", 2);
        boolean asc = parts.length < 2 || !parts[1].trim().equalsIgnoreCase("desc");
        if (parts.length == 2 && !parts[1].trim().equalsIgnoreCase("asc") && !parts[1].trim().equalsIgnoreCase("desc")) {
            throw new InvalidInput("sort", "direction must be 'asc' or 'desc', got '" + parts[1].trim() + "'");
        }
        return new PageRequest(page, size, parts[0].trim(), asc);
    }

    public long offset() {
        return (long) page * size;
    }
}
