package space.consortium.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds records through the search index ({@code search_term}, V20, kept by {@link SearchIndex}) and joins them back
 * to their live rows in {@code partner}, {@code project}, {@code agreement} and {@code claim}; the same SQL text on H2
 * and PostgreSQL. A record matches when every query word starts one of its terms (a B-tree range
 * {@code term >= :w and term < :successor} on {@code (kind, term)}: the rarest word drives, the others are probed on
 * the primary key {@code (kind, record_id, term)}), or when it has the term of a country the whole query names.
 */
@Repository
class SearchRepository {

    /** Matches counted per word to find the rarest one; beyond this a word counts as common. */
    private static final int RARITY_CAP = 1000;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        String ids = matching(SearchIndex.PARTNER, match, params);
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
        String ids = matching(SearchIndex.PROJECT, match, params);
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
        String ids = matching(SearchIndex.AGREEMENT, match, params);
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
        String ids = matching(SearchIndex.CLAIM, match, params);
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
     * The subquery of the ids ({@code record_id}) of one kind that match: every word by prefix, the rarest word first
     * (an index range) and each other one probed per candidate (an index seek); or a country term exactly.
     */
    private String matching(String kind, Match match, Map<String, Object> params) {
        params.put("kind", kind);
        List<String> parts = new ArrayList<>();
        if (!match.words().isEmpty()) {
            List<String> words = rarestFirst(kind, match.words());
            StringBuilder sql = new StringBuilder("select t0.record_id from search_term t0 where t0.kind = :kind and ")
                    .append(range("t0", 0, words.get(0), params));
            for (int i = 1; i < words.size(); i++) {
                String t = "t" + i;
                sql.append(" and exists (select 1 from search_term ").append(t).append(" where ").append(t)
                        .append(".kind = :kind and ").append(t).append(".record_id = t0.record_id and ")
                        .append(range(t, i, words.get(i), params)).append(')');
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

    /** The words ordered by how many records of the kind they match (counted up to {@link #RARITY_CAP}). */
    private List<String> rarestFirst(String kind, List<String> words) {
        if (words.size() < 2) {
            return words;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String word : words) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("kind", kind);
            params.put("cap", RARITY_CAP);
            JdbcClient.StatementSpec spec = jdbc.sql("select count(*) from (select 1 from search_term t0 where"
                    + " t0.kind = :kind and " + range("t0", 0, word, params) + " limit :cap) x");
            for (Map.Entry<String, Object> p : params.entrySet()) {
                spec = spec.param(p.getKey(), p.getValue());
            }
            counts.put(word, spec.query(Long.class).single());
        }
        return words.stream().sorted(Comparator.comparing(counts::get)).toList();
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
