package space.consortium.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds records through the search index ({@code search_term}, V20, kept by {@link SearchIndex}) and joins them back
 * to their live rows in {@code partner}, {@code project}, {@code agreement} and {@code claim}; the same SQL text on H2
 * and PostgreSQL. A record matches when every query word starts one of its terms (a B-tree range
 * {@code term >= :w and term < :successor} on {@code (kind, term)}, or a probe of the primary key
 * {@code (kind, record_id, term)}), or when it has the term of a country the whole query names.
 */
@Repository
class SearchRepository {

    /** Below this many matches of the rarest word (and countries) the matches are sorted; otherwise scanned. */
    static final int FEW = 1000;

    private final JdbcClient jdbc;
    private final int few;

    @org.springframework.beans.factory.annotation.Autowired
    SearchRepository(JdbcClient jdbc) {
        this(jdbc, FEW);
    }

    /** @param few the number of matches from which the records are scanned in order instead of sorted (tests) */
    SearchRepository(JdbcClient jdbc, int few) {
        this.jdbc = jdbc;
        this.few = few;
    }

    /** What a query looks for: its words (folded, none implied by another) and country codes (lower case). */
    record Match(List<String> words, Set<String> codes, String exact) {

        Match {
            words = List.copyOf(words);
            codes = Set.copyOf(codes);
        }

        boolean isEmpty() {
            return words.isEmpty() && codes.isEmpty();
        }
    }

    List<SearchResults.Hit> partners(Match match, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String ids = matching(SearchIndex.PARTNER, match, params, limit);
        return query("""
                        select p.id, p.name, p.kind, p.country_or_members from partner p
                        join (%s) m on m.record_id = p.id
                        order by case when lower(p.id) = :exact then 0 else 1 end, p.name, p.id
                        limit :limit""".formatted(ids), params, match, limit)
                .query((rs, i) -> new SearchResults.Hit("partner", rs.getString("id"), rs.getString("name"),
                        join(rs.getString("kind"), rs.getString("country_or_members")),
                        "/partners/" + rs.getString("id")))
                .list();
    }

    List<SearchResults.Hit> projects(Match match, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String ids = matching(SearchIndex.PROJECT, match, params, limit);
        return query("""
                        select p.id, p.name, p.destination, p.launch_year, l.name as lead_name from project p
                        join (%s) m on m.record_id = p.id
                        join partner l on l.id = p.lead_partner_id
                        order by case when lower(p.id) = :exact then 0 else 1 end, p.name, p.id
                        limit :limit""".formatted(ids), params, match, limit)
                .query((rs, i) -> new SearchResults.Hit("project", rs.getString("id"), rs.getString("name"),
                        join(rs.getString("destination"), rs.getObject("launch_year") == null ? null
                                : String.valueOf(rs.getInt("launch_year")), "led by " + rs.getString("lead_name")),
                        "/projects/" + rs.getString("id")))
                .list();
    }

    List<SearchResults.Hit> agreements(Match match, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String ids = matching(SearchIndex.AGREEMENT, match, params, limit);
        return query("""
                        select a.id, a.title, a.kind, a.signed_on from agreement a
                        join (%s) m on m.record_id = a.id
                        order by case when lower(a.id) = :exact then 0 else 1 end, a.signed_on, a.id
                        limit :limit""".formatted(ids), params, match, limit)
                .query((rs, i) -> new SearchResults.Hit("agreement", rs.getString("id"), rs.getString("title"),
                        join(rs.getString("kind"), rs.getString("signed_on")), "/agreements/" + rs.getString("id")))
                .list();
    }

    List<SearchResults.Hit> claims(Match match, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String ids = matching(SearchIndex.CLAIM, match, params, limit);
        return query("""
                        select c.id, c.statement, c.kind from claim c
                        join (%s) m on c.id = cast(m.record_id as bigint)
                        order by c.id
                        limit :limit""".formatted(ids), params, match, limit)
                .query((rs, i) -> new SearchResults.Hit("claim", String.valueOf(rs.getLong("id")),
                        rs.getString("statement"), rs.getString("kind") + " claim",
                        "/insights/claims#claim-" + rs.getLong("id")))
                .list();
    }

    private JdbcClient.StatementSpec query(String sql, Map<String, Object> params, Match match, int limit) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("exact", match.exact()).param("limit", limit);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec;
    }

    /**
     * The subquery of the ids ({@code record_id}) of one kind that match, in one of two plans chosen by counting the
     * matches of each word and country (up to {@link #FEW}):
     * <ul>
     *   <li>few: the rarest word's index range gives the candidates, each other word is probed per candidate (an
     *       index seek), the country terms are added exactly; the caller sorts these few;</li>
     *   <li>many (a country, a word most records share): the records are read in their listing order from
     *       {@code search_record}'s index and probed until {@code limit} match, plus the record whose id is the query;
     *       so the cost follows the hits shown, not the hits there are.</li>
     * </ul>
     */
    private String matching(String kind, Match match, Map<String, Object> params, int limit) {
        params.put("kind", kind);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String word : match.words()) {
            counts.put(word, count(kind, word, null));
        }
        long countries = match.codes().isEmpty() ? 0 : count(kind, null, match.codes());
        long fewest = counts.values().stream().mapToLong(Long::longValue).min().orElse(0);
        if (fewest + countries < few) {
            return few(match, params, counts);
        }
        params.put("scan", limit);
        String condition = condition("r", match, params);
        return "select s.record_id from (select r.record_id from search_record r where r.kind = :kind and "
                + condition + " order by r.kind, r.sort_key, r.record_id limit :scan) s"
                + " union select r.record_id from search_record r where r.kind = :kind and r.record_id = :exact and "
                + condition;
    }

    private String few(Match match, Map<String, Object> params, Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        if (!match.words().isEmpty()) {
            List<String> words = match.words().stream().sorted(Comparator.comparing(counts::get)).toList();
            StringBuilder sql = new StringBuilder("select t0.record_id from search_term t0 where t0.kind = :kind and ")
                    .append(range("t0", 0, words.get(0), params));
            for (int i = 1; i < words.size(); i++) {
                sql.append(" and ").append(probe("t0", i, words.get(i), params));
            }
            parts.add(sql.toString());
        }
        if (!match.codes().isEmpty()) {
            params.put("codes", List.copyOf(match.codes()));
            parts.add("select c.record_id from search_term c where c.kind = :kind and c.term in (:codes)");
        }
        // union removes the repeats (a record with several terms that start with the driving word)
        return parts.size() == 1 ? parts.get(0).replaceFirst("^select ", "select distinct ") : String.join(" union ", parts);
    }

    /** Every word starts a term of the record {@code alias.record_id}, or it has a country term of the query. */
    private static String condition(String alias, Match match, Map<String, Object> params) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < match.words().size(); i++) {
            words.add(probe(alias, i, match.words().get(i), params));
        }
        String all = words.isEmpty() ? "1 = 0" : String.join(" and ", words);
        if (match.codes().isEmpty()) {
            return "(" + all + ")";
        }
        params.put("codes", List.copyOf(match.codes()));
        return "((" + all + ") or exists (select 1 from search_term c where c.kind = :kind and c.record_id = "
                + alias + ".record_id and c.term in (:codes)))";
    }

    /** Some term of the record {@code alias.record_id} starts with the word: an index seek on the primary key. */
    private static String probe(String alias, int i, String word, Map<String, Object> params) {
        String t = "t" + i;
        return "exists (select 1 from search_term " + t + " where " + t + ".kind = :kind and " + t + ".record_id = "
                + alias + ".record_id and " + range(t, i, word, params) + ")";
    }

    /** Terms of the kind that start with the word, or that are one of the codes; counted up to {@code few}. */
    private long count(String kind, @Nullable String word, @Nullable Set<String> codes) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kind", kind);
        params.put("cap", few);
        String condition;
        if (word != null) {
            condition = range("t0", 0, word, params);
        } else {
            params.put("codes", List.copyOf(java.util.Objects.requireNonNull(codes)));
            condition = "t0.term in (:codes)";
        }
        JdbcClient.StatementSpec spec = jdbc.sql("select count(*) from (select 1 from search_term t0 where"
                + " t0.kind = :kind and " + condition + " limit :cap) x");
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    /** {@code alias.term} starts with {@code word}: a range the index serves, checked by {@code like}. */
    private static String range(String alias, int i, String word, Map<String, Object> params) {
        params.put("w" + i, word);
        params.put("l" + i, word + "%"); // words hold letters and digits only: nothing to escape
        String successor = SearchTerms.successor(word);
        String upper = "";
        if (successor != null) {
            params.put("u" + i, successor);
            upper = " and " + alias + ".term < :u" + i;
        }
        return alias + ".term >= :w" + i + upper + " and " + alias + ".term like :l" + i;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(" · ", present);
    }
}
