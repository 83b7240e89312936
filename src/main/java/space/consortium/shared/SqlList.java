package space.consortium.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a filtered, sorted, paginated SELECT with named parameters: the one way lists are read from the database.
 * Sorting is only by the whitelisted fields a list declares, so no client text ever reaches the SQL.
 */
public final class SqlList {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code clause} (using {@code :param}) when {@code value} is not null or blank. */
    public SqlList where(String clause, String param, @Nullable Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return this;
        }
        where.append(where.isEmpty() ? " where " : " and ").append(clause);
        params.put(param, value);
        return this;
    }

    /** Adds a case-insensitive substring match of {@code text} over the given columns. */
    public SqlList matching(@Nullable String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        StringBuilder any = new StringBuilder("(");
        for (int i = 0; i < columns.length; i++) {
            any.append(i == 0 ? "" : " or ").append("lower(").append(columns[i]).append(") like :text escape '\\'");
        }
        return where(any.append(')').toString(), "text", "%" + escapeLike(text.trim().toLowerCase()) + "%");
    }

    /** Makes {@code %}, {@code _} and the escape character itself match literally in a LIKE pattern. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Runs the query.
     *
     * @param select   the SELECT list, e.g. {@code select p.*}
     * @param from     the FROM clause with joins, e.g. {@code from partner p}
     * @param sortable API field name → SQL expression; the first entry is the tie-breaker
     */
    public <T> PageResult<T> fetch(JdbcClient jdbc, String select, String from, Map<String, String> sortable,
                                   PageRequest page, RowMapper<T> mapper) {
        String sortColumn = sortable.get(page.sort());
        if (sortColumn == null) {
            throw new InvalidInput("sort", "cannot sort by '" + page.sort() + "'; sortable fields: " + sortable.keySet());
        }
        String tieBreaker = sortable.values().iterator().next();
        String order = " order by " + sortColumn + (page.ascending() ? " asc" : " desc") + " nulls last" + ", " + tieBreaker;
        long total = bind(jdbc.sql("select count(*) " + from + where)).query(Long.class).single();
        var items = bind(jdbc.sql(select + " " + from + where + order + " limit :limit offset :offset"))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(mapper)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        params.forEach(spec::param);
        return spec;
    }
}
